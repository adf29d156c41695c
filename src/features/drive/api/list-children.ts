import { useInfiniteQuery } from '@tanstack/react-query';
import { collectionSchema, driveItemSchema, useGraphClient, type DriveItem, type GraphClient } from '../../../lib/graph';

/** A folder to list: the signed-in user's drive root, or an item by drive id and item id. */
export type FolderRef = { kind: 'my-root' } | { kind: 'item'; driveId: string; itemId: string };

export interface ChildrenPage {
  items: DriveItem[];
  nextLink: string | undefined;
}

const SELECT = 'id,name,size,lastModifiedDateTime,file,folder,package,parentReference,webUrl';
const PAGE_SIZE = 200;
const childrenPageSchema = collectionSchema(driveItemSchema);

export function childrenPath(folder: FolderRef): string {
  const query = `?$select=${SELECT}&$top=${PAGE_SIZE}&$orderby=name`;
  return folder.kind === 'my-root'
    ? `/v1.0/me/drive/root/children${query}`
    : `/v1.0/drives/${encodeURIComponent(folder.driveId)}/items/${encodeURIComponent(folder.itemId)}/children${query}`;
}

export async function listChildren(client: GraphClient, path: string, signal?: AbortSignal): Promise<ChildrenPage> {
  const response = await client.request({ method: 'GET', path, schema: childrenPageSchema, signal });
  return { items: response.data.value, nextLink: response.data['@odata.nextLink'] };
}

export const childrenQueryKey = (folder: FolderRef) =>
  folder.kind === 'my-root' ? (['drive', 'me', 'root', 'children'] as const) : (['drives', folder.driveId, 'items', folder.itemId, 'children'] as const);

export function useListChildren(folder: FolderRef) {
  const client = useGraphClient();
  return useInfiniteQuery({
    queryKey: childrenQueryKey(folder),
    initialPageParam: childrenPath(folder),
    queryFn: ({ pageParam, signal }) => listChildren(client, pageParam, signal),
    getNextPageParam: (page) => page.nextLink,
  });
}
