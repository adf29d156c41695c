import type * as MSGraph from '@microsoft/microsoft-graph-types';
import type { DriveRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { userIdentity } from './identity';

// 1 TB, the default OneDrive for Business quota.
const QUOTA_TOTAL = 1_099_511_627_776;

export function toGraphDrive(store: TenantStore, drive: DriveRecord): MSGraph.Drive {
  const owner = store.userById(drive.ownerId);
  const root = store.root(drive);
  const used = store.sizeOf(root);
  return {
    createdDateTime: drive.createdDateTime,
    description: '',
    id: drive.id,
    lastModifiedDateTime: root.lastModifiedDateTime,
    name: 'OneDrive',
    webUrl: drive.webUrl,
    driveType: drive.driveType,
    createdBy: { user: { displayName: 'System Account' } },
    lastModifiedBy: owner ? { user: userIdentity(owner) } : null,
    owner: owner ? { user: userIdentity(owner) } : null,
    quota: { deleted: 0, remaining: QUOTA_TOTAL - used, state: 'normal', total: QUOTA_TOTAL, used },
  };
}
