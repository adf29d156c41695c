import { useMemo } from 'react';
import { MIN_SEARCH_LENGTH, normalizeSearch } from './api/search-text';
import { useSearchGroups } from './api/search-groups';
import { useSearchPeople } from './api/search-people';
import { useSearchUsers } from './api/search-users';
import { chosenKeys } from './recipient-list';
import type { RecipientChip, RecipientSuggestion } from './recipient.types';
import { scopeProblem, type ScopeProblem } from '../../../components/scope-problem';
import { useDebouncedValue } from '../../../components/use-debounced-value';

export const SUGGESTION_DEBOUNCE_MS = 250;
export const MAX_SUGGESTIONS = 8;

export interface SuggestionsState {
  /** The search the suggestions answer; empty when none is due. */
  query: string;
  suggestions: RecipientSuggestion[];
  status: 'idle' | 'searching' | 'ready';
  /** Sources that failed for another reason than their scope; the others still suggest. */
  errors: unknown[];
  /**
   * Sources off for want of their scope (People.Read, User.ReadBasic.All, GroupMember.Read.All),
   * with the error that says so (to ask for consent); the others still suggest.
   */
  scopeNotices: ScopeNotice[];
  /** Asks the failed sources again (after the user allowed or refused their scopes). */
  refetchFailed: () => void;
}

export type SuggestionSource = 'people' | 'users' | 'groups';

export interface ScopeNotice {
  source: SuggestionSource;
  problem: ScopeProblem;
  error: unknown;
}

/**
 * People first (ordered by how much the user works with them), then directory users, then
 * groups; one entry per object id or address, and none already chosen.
 */
export function mergeSuggestions(sources: readonly (readonly RecipientSuggestion[])[], chosen: readonly RecipientChip[]): RecipientSuggestion[] {
  const { ids: seenIds, emails: seenEmails } = chosenKeys(chosen);
  const merged: RecipientSuggestion[] = [];
  for (const suggestion of sources.flat()) {
    const email = suggestion.email?.toLowerCase();
    if (seenIds.has(suggestion.id) || (email !== undefined && seenEmails.has(email))) continue;
    seenIds.add(suggestion.id);
    if (email !== undefined) seenEmails.add(email);
    merged.push(suggestion);
    if (merged.length === MAX_SUGGESTIONS) break;
  }
  return merged;
}

export function useRecipientSuggestions(draft: string, chosen: readonly RecipientChip[]): SuggestionsState {
  const typed = normalizeSearch(draft);
  const settled = useDebouncedValue(typed, SUGGESTION_DEBOUNCE_MS);
  // Until typing pauses no search is observed, so TanStack Query cancels the superseded one, and
  // answers are cached per query, so a late answer can only ever fill its own query's entry.
  const query = settled === typed && typed.length >= MIN_SEARCH_LENGTH ? typed : '';
  const people = useSearchPeople(query);
  const users = useSearchUsers(query);
  const groups = useSearchGroups(query);
  const sources = [people, users, groups];
  const named = [
    ['people', people],
    ['users', users],
    ['groups', groups],
  ] as const;
  const pending = sources.some((source) => source.isPending && source.fetchStatus === 'fetching');
  const suggestions = useMemo(
    () => (query === '' ? [] : mergeSuggestions([people.data ?? [], users.data ?? [], groups.data ?? []], chosen)),
    [query, people.data, users.data, groups.data, chosen],
  );
  return {
    query,
    suggestions,
    status: typed.length < MIN_SEARCH_LENGTH ? 'idle' : query === '' || pending ? 'searching' : 'ready',
    errors: sources.flatMap((source) => (source.error && !scopeProblem(source.error) ? [source.error] : [])),
    scopeNotices: named.flatMap(([source, result]) => {
      const problem = scopeProblem(result.error);
      return problem ? [{ source, problem, error: result.error }] : [];
    }),
    refetchFailed: () => sources.forEach((source) => (source.error ? void source.refetch() : undefined)),
  };
}
