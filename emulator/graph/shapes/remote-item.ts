// Items seen from another drive (sharedWithMe, drive-wide search): the entry describes the item
// and its remoteItem facet says where it really lives, which is what invite and permissions
// must be called on (docs/graph-behaviour.md#remote-items).
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import type { DriveRecord, ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { toGraphDriveItem } from './drive-item';

export function toSharedEntry(store: TenantStore, drive: DriveRecord, item: ItemRecord, sharedDateTime: string): MSGraph.DriveItem {
  const full = toGraphDriveItem(store, drive, item);
  // The entry and its remoteItem describe the same item; only remoteItem says where it lives.
  const common = {
    id: item.id,
    name: item.name,
    size: full.size,
    webUrl: item.webUrl,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    createdBy: full.createdBy,
    lastModifiedBy: full.lastModifiedBy,
    ...(item.kind === 'folder' ? { folder: full.folder } : { file: full.file }),
  };
  return {
    ...common,
    remoteItem: {
      ...common,
      parentReference: { driveId: drive.id, driveType: drive.driveType, ...(full.parentReference?.id ? { id: full.parentReference.id } : {}) },
      shared: { owner: full.createdBy, sharedDateTime, scope: 'users' },
    },
  };
}
