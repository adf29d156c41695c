import { permissionSchema, readAll, type DriveItemRef, type GraphClient, type Permission } from '../../../lib/graph';

export function permissionsPath(item: Pick<DriveItemRef, 'driveId' | 'itemId'>): string {
  return `/v1.0/drives/${encodeURIComponent(item.driveId)}/items/${encodeURIComponent(item.itemId)}/permissions`;
}

/**
 * Every permission the item has now, all pages read: what the share dialog checks after an invite
 * whose answer was lost, to learn whose access landed. (The access feature reads the same list
 * for Manage access; features do not share code, so this is the share dialog's own.)
 */
export function readItemPermissions(client: GraphClient, item: DriveItemRef, signal?: AbortSignal): Promise<Permission[]> {
  return readAll(client, { path: permissionsPath(item), item: permissionSchema, signal });
}
