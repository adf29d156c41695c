import { useQuery } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { FEATURE_SCOPES } from '../../../../config/settings';
import { collectionSchema, useGraphClient, type GraphClient } from '../../../../lib/graph';
import type { RecipientSuggestion } from '../recipient.types';
import { MIN_SEARCH_LENGTH, searchClause, SUGGESTION_STALE_MS } from './search-text';

const personSchema = z.object({
  id: z.string().check(z.minLength(1)),
  displayName: z.nullish(z.string()),
  userPrincipalName: z.nullish(z.string()),
  jobTitle: z.nullish(z.string()),
  scoredEmailAddresses: z.nullish(z.array(z.object({ address: z.nullish(z.string()) }))),
  personType: z.nullish(z.object({ class: z.nullish(z.string()), subclass: z.nullish(z.string()) })),
});
type Person = z.infer<typeof personSchema>;
const peopleSchema = collectionSchema(personSchema);

const SELECT = 'id,displayName,userPrincipalName,jobTitle,scoredEmailAddresses,personType';

export function peoplePath(query: string): string {
  return `/v1.0/me/people?$search=${encodeURIComponent(searchClause(undefined, query))}&$top=10&$select=${SELECT}`;
}

/** People the user works with; directory people keep their object id, others only their address. */
export function toSuggestion(person: Person): RecipientSuggestion | undefined {
  const email = person.scoredEmailAddresses?.find((scored) => scored.address)?.address ?? undefined;
  const displayName = person.displayName?.trim() || email;
  if (!displayName) return undefined;
  const kind = person.personType?.class === 'Group' ? 'group' : person.personType?.subclass === 'OrganizationUser' ? 'user' : 'contact';
  if (kind === 'contact' && !email) return undefined;
  return { id: person.id, source: 'people', type: kind, displayName, email, jobTitle: person.jobTitle ?? undefined };
}

export async function searchPeople(client: GraphClient, query: string, signal?: AbortSignal): Promise<RecipientSuggestion[]> {
  const response = await client.request({ method: 'GET', path: peoplePath(query), schema: peopleSchema, signal, scopes: FEATURE_SCOPES.people });
  return response.data.value.flatMap((person) => toSuggestion(person) ?? []);
}

export const peopleQueryKey = (query: string) => ['me', 'people', 'search', query] as const;

export function useSearchPeople(query: string) {
  const client = useGraphClient();
  return useQuery({
    queryKey: peopleQueryKey(query),
    queryFn: ({ signal }) => searchPeople(client, query, signal),
    enabled: query.length >= MIN_SEARCH_LENGTH,
    staleTime: SUGGESTION_STALE_MS,
  });
}
