// Turns the seed file into records. Pure: the same seed always yields the same ids, sizes and
// dates, which is what makes reset() and repeated test runs reproducible.
import { generatedItems } from './big-folder';
import { driveIdFor, guidFor, itemIdFor, libraryDriveIdFor, linkTokenFor, personalDriveIdFor, personalItemIdFor, seededPermissionIdFor } from './ids';
import { mimeTypeFor } from './mime-types';
import type { DirectoryGroup, DirectoryUser, DriveOwner, DriveRecord, ItemRecord, NotificationFailure, PermissionRecord, SiteRecord } from './model';
import { isSeedFolder, type Seed, type SeedDrive, type SeedItem, type SeedPermission } from './seed';

export interface TenantState {
  users: Map<string, DirectoryUser>;
  groups: Map<string, DirectoryGroup>;
  sites: Map<string, SiteRecord>;
  drives: Map<string, DriveRecord>;
  items: Map<string, ItemRecord>;
  /** Permissions that exist at start, by item id. */
  permissions: Map<string, PermissionRecord[]>;
  notificationFailures: NotificationFailure[];
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export function buildTenant(seed: Seed): TenantState {
  const tenantName = seed.tenant.domain.split('.')[0] ?? 'contoso';
  const state: TenantState = {
    users: new Map(),
    groups: new Map(),
    sites: new Map(),
    drives: new Map(),
    items: new Map(),
    permissions: new Map(),
    notificationFailures: (seed.notificationFailures ?? []).map((f) => ({ ...f })),
  };
  const userIdByMail = new Map(seed.users.map((u) => [u.mail.toLowerCase(), u.id]));
  const ids = (mails: string[]) => mails.map((m) => userIdByMail.get(m.toLowerCase())).filter((id): id is string => id !== undefined);
  const pendingPermissions: { item: ItemRecord; drive: DriveRecord; seeded: SeedPermission[] }[] = [];

  for (const seedUser of seed.users) {
    const { drive: seedDrive, photo, people, userType, ...profile } = seedUser;
    state.users.set(profile.id, {
      ...profile,
      businessPhones: [...profile.businessPhones],
      userType: userType ?? 'Member',
      photoColor: photo,
      people: [...(people ?? [])],
    });
    if (!seedDrive) continue;
    const personal = seedDrive.driveType === 'personal';
    // ODB personal sites are named after the UPN with '@' and '.' turned into '_'.
    const webUrl = personal
      ? `https://onedrive.live.test/?cid=${personalDriveIdFor(profile.id)}`
      : `https://${tenantName}-my.sharepoint.test/personal/${profile.userPrincipalName.replace(/[@.]/g, '_')}/Documents`;
    addDrive(
      {
        id: personal ? personalDriveIdFor(profile.id) : driveIdFor(profile.id),
        driveType: personal ? 'personal' : 'business',
        owner: { kind: 'user', userId: profile.id },
        name: 'OneDrive',
        webUrl,
        ownerIds: [profile.id],
        memberIds: [],
        everyoneCanRead: false,
        siteId: undefined,
      },
      seedDrive,
    );
  }

  for (const group of seed.groups ?? []) {
    const { owners, members, drive: seedDrive, visibility, ...rest } = group;
    const record: DirectoryGroup = {
      ...rest,
      groupTypes: [...rest.groupTypes],
      visibility: visibility ?? null,
      ownerIds: ids(owners),
      memberIds: ids(members),
      createdDateTime: seedDrive?.createdDateTime ?? '2025-01-01T00:00:00Z',
    };
    state.groups.set(group.id, record);
    if (!seedDrive) continue;
    // A Microsoft 365 group's files live in the document library of its team site.
    addSite(
      {
        id: group.id,
        name: group.mailNickname,
        displayName: group.displayName,
        description: group.description,
        groupId: group.id,
        ownerIds: record.ownerIds,
        memberIds: record.memberIds,
        visitorsAreEveryone: group.visibility === 'Public',
        followerIds: [],
      },
      seedDrive,
      { kind: 'group', groupId: group.id },
    );
  }
  for (const site of seed.sites ?? []) {
    addSite(
      {
        id: site.id,
        name: site.name,
        displayName: site.displayName,
        description: site.description,
        groupId: undefined,
        ownerIds: ids(site.owners),
        memberIds: ids(site.members),
        visitorsAreEveryone: site.visitorsAreEveryone ?? false,
        followerIds: ids(site.followers),
      },
      site.drive,
      { kind: 'site', siteId: site.id },
    );
  }

  for (const big of seed.bigFolders ?? []) {
    const ownerId = userIdByMail.get(big.owner.toLowerCase());
    const drive = [...state.drives.values()].find((d) => d.owner.kind === 'user' && d.owner.userId === ownerId);
    if (!drive) throw new Error(`seed.json: bigFolders owner ${big.owner} has no drive`);
    const root = state.items.get(drive.rootId)!;
    const name = big.path.slice(1);
    addChildren(drive, root, [
      { name, createdDateTime: big.createdDateTime, lastModifiedDateTime: big.createdDateTime, children: generatedItems(big.count, big.createdDateTime) },
    ]);
  }

  for (const { item, drive, seeded } of pendingPermissions) {
    state.permissions.set(
      item.id,
      seeded.map((p, index) => seededPermission(p, index, item, drive)),
    );
  }
  return state;

  function addSite(site: Omit<SiteRecord, 'graphId' | 'webUrl' | 'createdDateTime' | 'driveId'>, seedDrive: SeedDrive, owner: DriveOwner): void {
    const webUrl = `https://${tenantName}.sharepoint.test/sites/${encodeURIComponent(site.name)}`;
    const driveId = libraryDriveIdFor(owner.kind === 'group' ? 'group' : 'site', site.id);
    state.sites.set(site.id, {
      ...site,
      graphId: `${tenantName}.sharepoint.test,${site.id},${guidFor(`web:${site.id}`)}`,
      webUrl,
      createdDateTime: seedDrive.createdDateTime,
      driveId,
    });
    addDrive(
      {
        id: driveId,
        driveType: 'documentLibrary',
        owner,
        name: 'Documents',
        webUrl: `${webUrl}/Shared%20Documents`,
        ownerIds: site.ownerIds,
        memberIds: site.memberIds,
        everyoneCanRead: site.visitorsAreEveryone,
        siteId: site.id,
      },
      seedDrive,
    );
  }

  function addDrive(drive: Omit<DriveRecord, 'rootId' | 'createdDateTime'>, seedDrive: SeedDrive): void {
    const root = newItem(drive, null, '/', 'root', {
      kind: 'folder',
      size: 0,
      createdDateTime: seedDrive.createdDateTime,
      lastModifiedDateTime: latest(seedDrive.createdDateTime, seedDrive.items),
    });
    root.webUrl = drive.webUrl;
    const record: DriveRecord = { ...drive, createdDateTime: seedDrive.createdDateTime, rootId: root.id };
    state.drives.set(drive.id, record);
    addChildren(record, root, seedDrive.items);
  }

  function addChildren(drive: Pick<DriveRecord, 'id' | 'driveType' | 'webUrl'>, parent: ItemRecord, children: SeedItem[]): void {
    for (const child of children) {
      const path = parent.path === '/' ? `/${child.name}` : `${parent.path}/${child.name}`;
      const folder = isSeedFolder(child);
      const record = newItem(drive, parent, path, child.name, {
        kind: folder ? 'folder' : 'file',
        size: folder ? 0 : child.size,
        createdDateTime: child.createdDateTime,
        lastModifiedDateTime: child.lastModifiedDateTime,
      });
      if (!folder) record.mimeType = mimeTypeFor(child.name);
      if (folder && child.specialFolder) record.specialFolder = child.specialFolder;
      if (child.permissions?.length) pendingPermissions.push({ item: record, drive: drive as DriveRecord, seeded: child.permissions });
      if (folder) addChildren(drive, record, child.children);
    }
  }

  function newItem(
    drive: Pick<DriveRecord, 'id' | 'driveType' | 'webUrl'>,
    parent: ItemRecord | null,
    path: string,
    name: string,
    facts: Pick<ItemRecord, 'kind' | 'size' | 'createdDateTime' | 'lastModifiedDateTime'>,
  ): ItemRecord {
    // OneDrive for home numbers items per drive; business drives use opaque ids.
    const id =
      drive.driveType === 'personal'
        ? personalItemIdFor(drive.id, 101 + [...state.items.values()].filter((i) => i.driveId === drive.id).length)
        : itemIdFor(drive.id, path);
    const record: ItemRecord = {
      id,
      driveId: drive.id,
      parentId: parent?.id ?? null,
      name,
      path,
      ...facts,
      version: 1,
      childIds: [],
      webUrl: drive.driveType === 'personal' ? `https://1drv.ms/u/s!${id.replace('!', '_')}` : `${drive.webUrl}${encodePath(path)}`,
    };
    state.items.set(id, record);
    parent?.childIds.push(id);
    return record;
  }

  function seededPermission(p: SeedPermission, index: number, item: ItemRecord, drive: DriveRecord): PermissionRecord {
    const base = {
      id: seededPermissionIdFor(item.id, index),
      driveId: drive.id,
      itemId: item.id,
      invitedBy: undefined,
      hasPassword: false,
      expirationDateTime: undefined,
      version: 1,
    };
    if ('link' in p) {
      return {
        ...base,
        roles: [p.link.type === 'edit' ? 'write' : 'read'],
        invitation: undefined,
        hasPassword: p.link.password ?? false,
        expirationDateTime: p.link.expirationDateTime,
        grantee: {
          kind: 'link',
          type: p.link.type,
          scope: p.link.scope,
          token: linkTokenFor(base.id),
          userIds: ids(p.link.grantedTo ?? []),
          emails: (p.link.grantedTo ?? []).filter((m) => !userIdByMail.has(m.toLowerCase())),
        },
      };
    }
    const roles = p.roles.includes('write') ? ['write' as const] : ['read' as const];
    if ('user' in p) {
      const userId = userIdByMail.get(p.user.toLowerCase())!;
      return { ...base, roles, grantee: { kind: 'user', userId }, invitation: { email: p.user, signInRequired: true } };
    }
    if ('group' in p) {
      const group = [...state.groups.values()].find((g) => g.mail?.toLowerCase() === p.group.toLowerCase())!;
      return { ...base, roles, grantee: { kind: 'group', groupId: group.id }, invitation: { email: p.group, signInRequired: true } };
    }
    const userId = userIdByMail.get(p.email.toLowerCase());
    return {
      ...base,
      roles,
      grantee: userId ? { kind: 'user', userId } : { kind: 'external', email: p.email },
      invitation: { email: p.email, signInRequired: true },
    };
  }
}

function latest(fallback: string, items: SeedItem[]): string {
  return items.map((i) => i.lastModifiedDateTime).reduce((a, b) => (b > a ? b : a), fallback);
}
