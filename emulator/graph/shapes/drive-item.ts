import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { itemGuidFor } from '../../tenant/ids';
import type { DriveRecord, ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { userIdentitySet } from './identity';

/** A driveItem with the properties ODB returns by default (no $select, no $expand). */
export function toGraphDriveItem(store: TenantStore, drive: DriveRecord, item: ItemRecord): MSGraph.DriveItem {
  // Items in libraries are attributed to the first owner of the site, as if they had uploaded them.
  const owner = store.userById(drive.ownerIds[0] ?? '');
  const shaped: MSGraph.DriveItem = {
    createdDateTime: item.createdDateTime,
    // ODB tags are the item's GUID plus a version; a change to the item changes both.
    // Sharing changes bump the eTag (metadata) but not the cTag (content).
    eTag: itemEtag(store, item),
    id: item.id,
    lastModifiedDateTime: item.lastModifiedDateTime,
    name: item.name,
    webUrl: item.webUrl,
    cTag: itemCtag(item),
    size: store.sizeOf(item),
    createdBy: owner ? userIdentitySet(owner) : null,
    lastModifiedBy: owner ? userIdentitySet(owner) : null,
    parentReference: parentReference(store, drive, item),
    fileSystemInfo: { createdDateTime: item.createdDateTime, lastModifiedDateTime: item.lastModifiedDateTime },
  };
  if (item.kind === 'folder') {
    shaped.folder = { childCount: item.childIds.length };
  } else {
    shaped.file = { mimeType: item.mimeType ?? 'application/octet-stream' };
  }
  if (item.parentId === null) shaped.root = {};
  if (item.specialFolder) shaped.specialFolder = { name: item.specialFolder };
  // ODB marks items that carry their own sharing; the app can show a "shared" hint from it.
  if (store.permissionsOn(item).length > 0) shaped.shared = { scope: 'users' };
  return shaped;
}

export function itemEtag(store: TenantStore, item: ItemRecord): string {
  return `"{${itemGuidFor(item.id)}},${item.version + store.sharingVersionOf(item)}"`;
}

export function itemCtag(item: ItemRecord): string {
  return `"c:{${itemGuidFor(item.id)}},${item.version}"`;
}

function parentReference(store: TenantStore, drive: DriveRecord, item: ItemRecord): MSGraph.ItemReference {
  if (item.parentId === null) return { driveType: drive.driveType, driveId: drive.id };
  const parent = store.itemInDrive(drive.id, item.parentId);
  const parentPath = parent && parent.parentId !== null ? parent.path : '';
  return {
    driveType: drive.driveType,
    driveId: drive.id,
    id: item.parentId,
    name: parent?.parentId === null ? 'root' : parent?.name,
    path: `/drive/root:${parentPath}`,
    ...(drive.siteId ? { siteId: store.siteById(drive.siteId)?.graphId } : {}),
  };
}
