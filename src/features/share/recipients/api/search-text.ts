/** Suggestions start after this many typed characters, as the issue and Outlook do. */
export const MIN_SEARCH_LENGTH = 2;

/** One cache entry per query however it was typed: `Bob`, ` bob ` and `BOB` are the same search. */
export function normalizeSearch(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** A `$search` clause value: double quotes and backslashes escaped, as Graph's syntax requires. */
export function searchClause(property: string | undefined, text: string): string {
  const escaped = text.replace(/[\\"]/gu, (char) => `\\${char}`);
  return `"${property ? `${property}:` : ''}${escaped}"`;
}

/** Directory searches are advanced queries: without this header Graph answers 400. */
export const EVENTUAL_CONSISTENCY = { ConsistencyLevel: 'eventual' } as const;

export const SUGGESTION_STALE_MS = 5 * 60_000;
