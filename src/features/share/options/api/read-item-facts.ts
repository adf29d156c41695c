import { useQuery } from '@tanstack/react-query';
import { driveItemSchema, driveSchema, useGraphClient, type Drive, type DriveItem, type DriveItemRef, type GraphClient } from '../../../../lib/graph';
import type { ItemFacts } from '../item-capabilities';

/** What decides the share options, from the item and its drive as Graph answered them. */
export function factsFrom(found: DriveItem, drive: Drive): ItemFacts {
  return {
    isRoot: found.root !== undefined,
    isFolder: found.folder !== undefined || found.package?.type === 'oneNote',
    driveType: drive.driveType,
  };
}

/**
 * The same, as already said by the listing or the resolved link the item came from (a drive's type
 * and root never change); undefined when they did not say, and the item and drive must be read.
 */
export function knownFacts(item: DriveItemRef): ItemFacts | undefined {
  return item.known && { isRoot: item.known.isRoot, isFolder: item.isFolder, driveType: item.known.driveType };
}

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
  return factsFrom(itemResponse.data, driveResponse.data);
}

export function useItemFacts(item: DriveItemRef) {
  const client = useGraphClient();
  const known = knownFacts(item);
  return useQuery({
    queryKey: ['drives', item.driveId, 'items', item.itemId, 'share-facts'],
    queryFn: ({ signal }) => readItemFacts(client, item, signal),
    // Already known from where the item came from: the form shows at once, with no call first.
    ...(known ? { initialData: known, staleTime: Infinity } : {}),
  });
}
