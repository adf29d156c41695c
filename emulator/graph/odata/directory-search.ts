// $search on directory objects (/users, /groups) as Graph's advanced queries do it
// (docs/graph-behaviour.md#directory-search): clauses "property:text" in double quotes joined by
// AND / OR, only with the ConsistencyLevel: eventual header. displayName and description match word
// by word (each word of the text must start a word of the value); other properties match by prefix.
import { GraphError } from '../errors';
import type { GraphContext } from '../http/context';

type Clause = { property: string; text: string };
/** Disjunctive normal form: OR of AND-groups. */
export type DirectoryQuery = Clause[][];

const unsupported = (message: string) => new GraphError(400, 'Request_UnsupportedQuery', message);

/** Advanced queries need the header; Graph answers 400 without it, even for a valid $search. */
export function requireEventualConsistency(ctx: GraphContext, query: URLSearchParams): void {
  const advanced = query.has('$search') || query.has('$count');
  if (advanced && ctx.get('ConsistencyLevel').toLowerCase() !== 'eventual') {
    throw unsupported(
      `Request with ${query.has('$search') ? '$search' : '$count'} query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'`,
    );
  }
}

export function parseDirectorySearch(raw: string, searchable: readonly string[]): DirectoryQuery {
  const tokens = raw.match(/"(?:[^"\\]|\\.)*"|\S+/g) ?? [];
  const groups: Clause[][] = [[]];
  let expectClause = true;
  for (const token of tokens) {
    if (expectClause) {
      if (!token.startsWith('"') || !token.endsWith('"') || token.length < 2)
        throw unsupported(`Syntax error: character '${token[0] ?? ''}' is not valid at position 0 in '${raw}'.`);
      const body = token.slice(1, -1).replace(/\\(.)/g, '$1');
      const colon = body.indexOf(':');
      if (colon <= 0) throw unsupported(`Invalid search clause '${body}'. Use "property:text", for example "displayName:adele".`);
      const property = body.slice(0, colon);
      if (!searchable.includes(property)) throw unsupported(`Unsupported or invalid search property '${property}'.`);
      groups.at(-1)!.push({ property, text: body.slice(colon + 1).toLowerCase() });
      expectClause = false;
    } else if (token === 'OR') {
      groups.push([]);
      expectClause = true;
    } else if (token === 'AND') {
      expectClause = true;
    } else {
      throw unsupported(`Syntax error: '${token}' is not valid here in '${raw}'. Join clauses with AND or OR (upper case).`);
    }
  }
  if (expectClause) throw unsupported(`Syntax error: the search expression '${raw}' is incomplete.`);
  return groups;
}

const TOKENIZED = new Set(['displayName', 'description']);

function clauseMatches(value: unknown, clause: Clause): boolean {
  if (typeof value !== 'string') return false;
  const text = value.toLowerCase();
  if (!TOKENIZED.has(clause.property)) return text.startsWith(clause.text);
  const words = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return clause.text
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q)));
}

export function matchesDirectorySearch(entity: Record<string, unknown>, query: DirectoryQuery): boolean {
  return query.some((group) => group.every((clause) => clauseMatches(entity[clause.property], clause)));
}
