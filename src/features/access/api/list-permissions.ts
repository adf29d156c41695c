import { useQuery } from '@tanstack/react-query';
import {
  driveItemSchema,
  permissionSchema,
  permissionsQueryKey,
  readAll,
  useGraphClient,
  type DriveItemRef,
  type GraphClient,
  type Permission,
} from '../../../lib/graph';

export interface AccessList {
  permissions: Permission[];
  /** The item's eTag when the list was read: changes are sent with it as if-match. */
  eTag: string | undefined;
}

export function itemPath(item: Pick<DriveItemRef, 'driveId' | 'itemId'>): string {
  return `/v1.0/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}`;
}

/**
 * The item's eTag first, then every page of its permissions. In this order a change made in
 * between leaves us with an older eTag, so our next change is refused (412) instead of
 * silently overwriting it.
 */
export async function listPermissions(client: GraphClient, item: DriveItemRef, signal?: AbortSignal): Promise<AccessList> {
  const tag = await client.request({ method: 'GET', path: `${itemPath(item)}?$select=id,name,eTag,cTag`, schema: driveItemSchema, signal });
  // readAll's page cap keeps a misbehaving nextLink loop from running forever.
  const permissions: Permission[] = await readAll(client, { path: `${itemPath(item)}/permissions`, item: permissionSchema, signal });
  return { permissions, eTag: tag.data.eTag };
}

/** Same key as src/lib/graph's permissionsQueryKey, so the share dialog's invite refreshes this list. */
export const listPermissionsQueryKey = permissionsQueryKey;

export function useListPermissions(item: DriveItemRef) {
  const client = useGraphClient();
  return useQuery({
    queryKey: listPermissionsQueryKey(item),
    queryFn: ({ signal }) => listPermissions(client, item, signal),
    // Who has access changes under our feet (other people share too): always re-read on open.
    staleTime: 0,
  });
}
