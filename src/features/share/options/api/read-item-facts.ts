import { useQuery } from '@tanstack/react-query';
import { driveItemSchema, driveSchema, useGraphClient, type DriveItemRef, type GraphClient } from '../../../../lib/graph';
import type { ItemFacts } from '../item-capabilities';

/** Reads the item and its drive: what decides which share options Graph will accept. */
export async function readItemFacts(client: GraphClient, item: DriveItemRef, signal?: AbortSignal): Promise<ItemFacts> {
  const drive = `/v1.0/drives/${encodeURIComponent(item.driveId)}`;
  const [itemResponse, driveResponse] = await Promise.all([
    client.request({
      method: 'GET',
      path: `${drive}/items/${encodeURIComponent(item.itemId)}?$select=id,name,root,folder,package`,
      schema: driveItemSchema,
      signal,
    }),
    client.request({ method: 'GET', path: `${drive}?$select=id,driveType`, schema: driveSchema, signal }),
  ]);
  const found = itemResponse.data;
  return {
    isRoot: found.root !== undefined,
    isFolder: found.folder !== undefined || found.package?.type === 'oneNote',
    driveType: driveResponse.data.driveType,
  };
}

export function useItemFacts(item: DriveItemRef) {
  const client = useGraphClient();
  const { known } = item;
  return useQuery({
    queryKey: ['drives', item.driveId, 'items', item.itemId, 'share-facts'],
    queryFn: ({ signal }) => readItemFacts(client, item, signal),
    // The listing or the resolved link the item came from already said what decides the options
    // (a drive's type and root never change), so the form shows at once, with no call first.
    ...(known ? { initialData: { isRoot: known.isRoot, isFolder: item.isFolder, driveType: known.driveType }, staleTime: Infinity } : {}),
  });
}
