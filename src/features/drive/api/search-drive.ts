import { useInfiniteQuery } from '@tanstack/react-query';
import { useGraphClient } from '../../../lib/graph';
import { ITEM_SELECT, listItems } from './list-children';

/** OData string literal: a single quote is doubled, then the whole path segment is URL-encoded. */
export function searchPath(drive: string, text: string): string {
  const literal = encodeURIComponent(`'${text.replace(/'/g, "''")}'`);
  return `/v1.0${drive}/root/search(q=${literal})?$select=${ITEM_SELECT}&$top=200`;
}

/** Searches one drive; each query text is its own cache entry, so a late answer never replaces a newer one. */
export function useSearchDrive(drive: string | undefined, text: string) {
  const client = useGraphClient();
  return useInfiniteQuery({
    queryKey: ['drive-search', drive, text] as const,
    enabled: drive !== undefined && text !== '',
    initialPageParam: drive === undefined ? '' : searchPath(drive, text),
    queryFn: ({ pageParam, signal }) => listItems(client, pageParam, signal),
    getNextPageParam: (page) => page.nextLink,
  });
}
