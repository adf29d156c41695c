// Builds a Graph collection response: one page of values, and an absolute @odata.nextLink that
// repeats the original query options plus a $skiptoken, as Graph's paging contract describes.
import { DEFAULT_PAGE_SIZE, encodeSkipToken, parseSkipToken, parseTop } from './query';

export interface CollectionPage<T> {
  '@odata.context': string;
  '@odata.nextLink'?: string;
  value: T[];
}

export function pageOf<T, U = T>(all: T[], requestUrl: URL, context: string, shape: (item: T) => U, defaultPageSize = DEFAULT_PAGE_SIZE): CollectionPage<U> {
  const pageSize = parseTop(requestUrl.searchParams) ?? defaultPageSize;
  const offset = parseSkipToken(requestUrl.searchParams);
  // Keys are added in the order Graph writes them: context, nextLink, then value.
  const page = { '@odata.context': context } as CollectionPage<U>;
  if (offset + pageSize < all.length) {
    const params = [...requestUrl.searchParams].filter(([name]) => name !== '$skiptoken');
    params.push(['$skiptoken', encodeSkipToken(offset + pageSize)]);
    const search = params.map(([name, val]) => `${encodeQueryPart(name)}=${encodeQueryPart(val)}`).join('&');
    page['@odata.nextLink'] = `${requestUrl.origin}${requestUrl.pathname}?${search}`;
  }
  page.value = all.slice(offset, offset + pageSize).map(shape);
  return page;
}

// Graph's links keep `$` and `,` readable (`?$top=5&$select=id,name`); both are legal in a query.
function encodeQueryPart(text: string): string {
  return encodeURIComponent(text).replace(/%24/g, '$').replace(/%2C/g, ',');
}
