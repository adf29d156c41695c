import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { FEATURE_SCOPES } from '../../../../config/settings';
import { collectionSchema, useGraphClient, type GraphClient } from '../../../../lib/graph';
import type { RecipientSuggestion } from '../recipient.types';
import { EVENTUAL_CONSISTENCY, MIN_SEARCH_LENGTH, searchClause, SUGGESTION_STALE_MS } from './search-text';

const directoryUserSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.nullish(z.string()),
  mail: z.nullish(z.string()),
  userPrincipalName: z.nullish(z.string()),
  jobTitle: z.nullish(z.string()),
});
const usersSchema = collectionSchema(directoryUserSchema);

export function usersPath(query: string): string {
  const search = `${searchClause('displayName', query)} OR ${searchClause('mail', query)}`;
  return `/v1.0/users?$search=${encodeURIComponent(search)}&$select=id,displayName,mail,userPrincipalName,jobTitle&$top=10`;
}

export async function searchUsers(client: GraphClient, query: string, signal?: AbortSignal): Promise<RecipientSuggestion[]> {
  const response = await client.request({
    method: 'GET',
    path: usersPath(query),
    schema: usersSchema,
    headers: EVENTUAL_CONSISTENCY,
    signal,
    scopes: FEATURE_SCOPES.directoryUsers,
  });
  return response.data.value.map((user) => {
    const email = user.mail ?? undefined;
    return {
      id: user.id,
      source: 'users',
      type: 'user',
      displayName: user.displayName?.trim() || email || user.userPrincipalName || user.id,
      email,
      jobTitle: user.jobTitle ?? undefined,
    };
  });
}

export const usersQueryKey = (query: string) => ['users', 'search', query] as const;

export function useSearchUsers(query: string) {
  const client = useGraphClient();
  return useQuery({
    queryKey: usersQueryKey(query),
    queryFn: ({ signal }) => searchUsers(client, query, signal),
    enabled: query.length >= MIN_SEARCH_LENGTH,
    staleTime: SUGGESTION_STALE_MS,
  });
}
