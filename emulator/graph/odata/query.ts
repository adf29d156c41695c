// The OData query options the emulator honours on Graph collections and entities:
// $top, $skiptoken, $select and $orderby. Options it does not know are ignored, as Graph
// ignores most it cannot apply; invalid values of known ones are rejected like Graph does.
import { GraphError, invalidRequest } from '../errors';

export const DEFAULT_PAGE_SIZE = 200;
const MAX_TOP = 999;

export function parseTop(query: URLSearchParams): number | undefined {
  const raw = query.get('$top');
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_TOP) {
    throw invalidRequest(`Invalid value '${raw}' for $top. It must be an integer from 1 to ${MAX_TOP}.`);
  }
  return Number(raw);
}

/** $select keeps only the listed top-level properties; id (and @odata annotations) always stay. */
export function parseSelect(query: URLSearchParams): string[] | undefined {
  const raw = query.get('$select');
  if (raw === null || raw.trim() === '') return undefined;
  return raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

export function applySelect<T extends object>(entity: T, select: string[] | undefined): Partial<T> {
  if (!select) return entity;
  const keep = new Set(['id', ...select]);
  return Object.fromEntries(Object.entries(entity).filter(([key]) => keep.has(key) || key.startsWith('@odata.'))) as Partial<T>;
}

export interface OrderBy<T> {
  compare: (a: T, b: T) => number;
}

/** Parses `$orderby=name desc, size` against the sortable properties a collection declares. */
export function parseOrderBy<T>(query: URLSearchParams, sortable: Record<string, (a: T, b: T) => number>): OrderBy<T> | undefined {
  const raw = query.get('$orderby');
  if (raw === null || raw.trim() === '') return undefined;
  const comparers = raw.split(',').map((clause) => {
    const [property = '', direction = 'asc', ...extra] = clause.trim().split(/\s+/);
    const compare = sortable[property];
    if (!compare || extra.length > 0 || !/^(asc|desc)$/i.test(direction)) {
      throw new GraphError(400, 'invalidRequest', `Invalid $orderby clause '${clause.trim()}'. Sortable properties: ${Object.keys(sortable).join(', ')}.`);
    }
    return direction.toLowerCase() === 'desc' ? (a: T, b: T) => compare(b, a) : compare;
  });
  return {
    compare: (a, b) => {
      for (const compare of comparers) {
        const result = compare(a, b);
        if (result !== 0) return result;
      }
      return 0;
    },
  };
}

// Skip tokens look like ODB's (base64 of a paging query string); clients must treat them as opaque.
export function encodeSkipToken(offset: number): string {
  return Buffer.from(`Paged=TRUE&p_Offset=${offset}`).toString('base64url');
}

export function parseSkipToken(query: URLSearchParams): number {
  const raw = query.get('$skiptoken');
  if (raw === null) return 0;
  const match = /^Paged=TRUE&p_Offset=(\d+)$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match?.[1]) throw invalidRequest('Invalid $skiptoken.');
  return Number(match[1]);
}
