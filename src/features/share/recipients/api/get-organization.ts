import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { collectionSchema, useGraphClient, type GraphClient } from '../../../../lib/graph';

const organizationSchema = z.object({
  id: z.optional(z.string()),
  displayName: z.nullish(z.string()),
  verifiedDomains: z.nullish(z.array(z.object({ name: z.nullish(z.string()) }))),
});
const organizationsSchema = collectionSchema(organizationSchema);

export const ORGANIZATION_PATH = '/v1.0/organization?$select=id,displayName,verifiedDomains';

/** The tenant's verified domains, lower-cased; an address outside them is external. */
export async function getVerifiedDomains(client: GraphClient, signal?: AbortSignal): Promise<string[]> {
  const response = await client.request({ method: 'GET', path: ORGANIZATION_PATH, schema: organizationsSchema, signal });
  return response.data.value.flatMap((organization) =>
    (organization.verifiedDomains ?? []).flatMap((domain) => (domain.name ? [domain.name.toLowerCase()] : [])),
  );
}

export const organizationQueryKey = ['organization'] as const;

export function useVerifiedDomains() {
  const client = useGraphClient();
  return useQuery({
    queryKey: organizationQueryKey,
    queryFn: ({ signal }) => getVerifiedDomains(client, signal),
    staleTime: Infinity,
  });
}
