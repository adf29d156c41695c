import type * as MSGraph from '@microsoft/microsoft-graph-types';
import type { DriveRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { userIdentity } from './identity';

// 1 TB, the default OneDrive for Business quota.
const QUOTA_TOTAL = 1_099_511_627_776;

function ownerOf(store: TenantStore, drive: DriveRecord): MSGraph.IdentitySet | null {
  if (drive.owner.kind === 'user') {
    const user = store.userById(drive.owner.userId);
    return user ? { user: userIdentity(user) } : null;
  }
  if (drive.owner.kind === 'group') {
    const group = store.groupById(drive.owner.groupId);
    return group ? ({ group: { id: group.id, displayName: group.displayName, email: group.mail } } as MSGraph.IdentitySet) : null;
  }
  const site = store.siteById(drive.owner.siteId);
  return { user: { displayName: 'System Account' }, ...(site ? { group: { displayName: `${site.displayName} Owners` } } : {}) };
}

export function toGraphDrive(store: TenantStore, drive: DriveRecord): MSGraph.Drive {
  const root = store.root(drive);
  const used = store.sizeOf(root);
  const owner = ownerOf(store, drive);
  return {
    createdDateTime: drive.createdDateTime,
    description: '',
    id: drive.id,
    lastModifiedDateTime: root.lastModifiedDateTime,
    name: drive.name,
    webUrl: drive.webUrl,
    driveType: drive.driveType,
    createdBy: { user: { displayName: 'System Account' } },
    lastModifiedBy: owner,
    owner,
    quota: { deleted: 0, remaining: QUOTA_TOTAL - used, state: 'normal', total: QUOTA_TOTAL, used },
  };
}
