// Turns the seed file into records. Pure: the same seed always yields the same ids, sizes and
// dates, which is what makes reset() and repeated test runs reproducible.
import { driveIdFor, itemIdFor } from './ids';
import { mimeTypeFor } from './mime-types';
import type { DirectoryUser, DriveRecord, ItemRecord } from './model';
import { isSeedFolder, type Seed, type SeedItem } from './seed';

export interface TenantState {
  users: Map<string, DirectoryUser>;
  drives: Map<string, DriveRecord>;
  items: Map<string, ItemRecord>;
}

/** ODB personal sites are named after the UPN with '@' and '.' turned into '_'. */
function personalSiteUrl(seed: Seed, userPrincipalName: string): string {
  const tenantName = seed.tenant.domain.split('.')[0];
  return `https://${tenantName}-my.sharepoint.test/personal/${userPrincipalName.replace(/[@.]/g, '_')}`;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function buildTenant(seed: Seed): TenantState {
  const users = new Map<string, DirectoryUser>();
  const drives = new Map<string, DriveRecord>();
  const items = new Map<string, ItemRecord>();

  for (const seedUser of seed.users) {
    const { drive: seedDrive, ...profile } = seedUser;
    users.set(profile.id, { ...profile, businessPhones: [...profile.businessPhones] });

    const driveId = driveIdFor(profile.id);
    const driveWebUrl = `${personalSiteUrl(seed, profile.userPrincipalName)}/Documents`;
    const root: ItemRecord = {
      id: itemIdFor(driveId, '/'),
      driveId,
      parentId: null,
      name: 'root',
      path: '/',
      kind: 'folder',
      size: 0,
      createdDateTime: seedDrive.createdDateTime,
      lastModifiedDateTime: latest(seedDrive.createdDateTime, seedDrive.items),
      version: 1,
      childIds: [],
      webUrl: driveWebUrl,
    };
    items.set(root.id, root);
    drives.set(driveId, {
      id: driveId,
      // Every seeded account is a work account, so every drive is OneDrive for Business.
      driveType: 'business',
      ownerId: profile.id,
      createdDateTime: seedDrive.createdDateTime,
      webUrl: driveWebUrl,
      rootId: root.id,
    });
    addChildren(root, seedDrive.items);

    function addChildren(parent: ItemRecord, children: SeedItem[]): void {
      for (const child of children) {
        const path = parent.path === '/' ? `/${child.name}` : `${parent.path}/${child.name}`;
        const record: ItemRecord = {
          id: itemIdFor(driveId, path),
          driveId,
          parentId: parent.id,
          name: child.name,
          path,
          kind: isSeedFolder(child) ? 'folder' : 'file',
          size: isSeedFolder(child) ? 0 : child.size,
          createdDateTime: child.createdDateTime,
          lastModifiedDateTime: child.lastModifiedDateTime,
          version: 1,
          childIds: [],
          webUrl: `${driveWebUrl}${encodePath(path)}`,
        };
        if (!isSeedFolder(child)) record.mimeType = mimeTypeFor(child.name);
        items.set(record.id, record);
        parent.childIds.push(record.id);
        if (isSeedFolder(child)) addChildren(record, child.children);
      }
    }
  }
  return { users, drives, items };
}

function latest(fallback: string, items: SeedItem[]): string {
  return items.map((i) => i.lastModifiedDateTime).reduce((a, b) => (b > a ? b : a), fallback);
}
