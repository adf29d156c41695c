import type * as z from 'zod/mini';
import type { GraphClient, GraphRequest } from './graph-client';
import { GraphError } from './graph-error';
import { collectionSchema } from './schemas';

/** One page of a Graph collection, and where the next one is (an absolute `@odata.nextLink`). */
export interface Page<T> {
  items: T[];
  nextLink: string | undefined;
}

/** A GET of a collection: everything a GraphRequest takes but the method and the page schema. */
export type PageRequest<T> = Omit<GraphRequest<unknown>, 'method' | 'schema' | 'body'> & {
  /** The schema of one entry of `value`. */
  item: z.ZodMiniType<T>;
};

export interface PagingOptions {
  /** Most pages read; a collection that goes on past them is an error, never a silent truncation. */
  maxPages?: number;
}

export const DEFAULT_MAX_PAGES = 50;

/**
 * Reads one page. A nextLink is followed with the same client, which refuses any origin but the
 * configured Graph one, so a server-provided link never carries the token elsewhere.
 */
export async function readPage<T>(client: GraphClient, request: PageRequest<T>): Promise<Page<T>> {
  const { item, ...rest } = request;
  const response = await client.request({ ...rest, method: 'GET', schema: collectionSchema(item) });
  return { items: response.data.value, nextLink: response.data['@odata.nextLink'] };
}

/** Every page of a collection in order, following `@odata.nextLink` up to `maxPages`. */
export async function* pages<T>(
  client: GraphClient,
  request: PageRequest<T>,
  { maxPages = DEFAULT_MAX_PAGES }: PagingOptions = {},
): AsyncGenerator<Page<T>, void, undefined> {
  const seen = new Set<string>();
  let path: string | undefined = request.path;
  for (let count = 0; path !== undefined; count += 1) {
    if (count >= maxPages || seen.has(path)) {
      throw new GraphError({
        kind: 'invalid-response',
        status: 0,
        code: seen.has(path) ? 'nextLinkLoop' : 'pageLimitReached',
        message: seen.has(path) ? 'Microsoft Graph sent the same nextLink twice.' : `The list has more than ${maxPages} pages; stopped reading.`,
      });
    }
    seen.add(path);
    const page: Page<T> = await readPage(client, { ...request, path });
    yield page;
    path = page.nextLink;
  }
}

/** All entries of a collection, every page read (see `pages`). */
export async function readAll<T>(client: GraphClient, request: PageRequest<T>, options?: PagingOptions): Promise<T[]> {
  const all: T[] = [];
  for await (const page of pages(client, request, options)) all.push(...page.items);
  return all;
}
