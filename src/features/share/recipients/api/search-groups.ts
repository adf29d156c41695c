import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { FEATURE_SCOPES } from '../../../../config/settings';
import { collectionSchema, useGraphClient, type GraphClient } from '../../../../lib/graph';
import type { RecipientSuggestion } from '../recipient.types';
import { EVENTUAL_CONSISTENCY, MIN_SEARCH_LENGTH, searchClause, SUGGESTION_STALE_MS } from './search-text';

const groupSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.nullish(z.string()),
  mail: z.nullish(z.string()),
  description: z.nullish(z.string()),
});
const groupsSchema = collectionSchema(groupSchema);

export function groupsPath(query: string): string {
  const search = `${searchClause('displayName', query)} OR ${searchClause('mail', query)}`;
  return `/v1.0/groups?$search=${encodeURIComponent(search)}&$select=id,displayName,mail,description&$top=10`;
}

export async function searchGroups(client: GraphClient, query: string, signal?: AbortSignal): Promise<RecipientSuggestion[]> {
  const response = await client.request({
    method: 'GET',
    path: groupsPath(query),
    schema: groupsSchema,
    headers: EVENTUAL_CONSISTENCY,
    signal,
    scopes: FEATURE_SCOPES.groups,
  });
  return response.data.value.map((group) => ({
    id: group.id,
    source: 'groups',
    type: 'group',
    displayName: group.displayName?.trim() || group.mail || group.id,
    email: group.mail ?? undefined,
    // A group's description stands where a person's job title would.
    jobTitle: group.description ?? undefined,
  }));
}

export const groupsQueryKey = (query: string) => ['groups', 'search', query] as const;

export function useSearchGroups(query: string) {
  const client = useGraphClient();
  return useQuery({
    queryKey: groupsQueryKey(query),
    queryFn: ({ signal }) => searchGroups(client, query, signal),
    enabled: query.length >= MIN_SEARCH_LENGTH,
    staleTime: SUGGESTION_STALE_MS,
  });
}
