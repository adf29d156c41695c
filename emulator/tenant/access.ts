// Who may do what on an item. Sharing a folder shares everything below it, so a grant on any
// ancestor counts; so does a grant to a group the user belongs to, or a "specific people" link
// naming them. Drive owners (a OneDrive's user, a group's or site's owners) can do everything,
// members of a group or site can edit, and everyone can read a site open to visitors.
import type { DriveRecord, ItemRecord, PermissionRecord, Role } from './model';
import type { TenantStore } from './store';

const rank: Record<Role, number> = { read: 1, write: 2, owner: 3 };

export function permissionApplies(store: TenantStore, permission: PermissionRecord, userId: string): boolean {
  const grantee = permission.grantee;
  switch (grantee.kind) {
    case 'user':
      return grantee.userId === userId;
    case 'group':
      return store.groupById(grantee.groupId)?.memberIds.includes(userId) ?? false;
    case 'link':
      // A link counts for the people it names and those who redeemed it; others need the link itself.
      return grantee.userIds.includes(userId);
    case 'external':
      return false;
  }
}

export function effectiveRole(store: TenantStore, userId: string, drive: DriveRecord, item: ItemRecord): Role | undefined {
  if (drive.ownerIds.includes(userId)) return 'owner';
  let best: Role | undefined = drive.memberIds.includes(userId) ? 'write' : drive.everyoneCanRead && isMember(store, userId) ? 'read' : undefined;
  for (const holder of [item, ...store.ancestorsOf(item)]) {
    for (const permission of store.permissionsOn(holder)) {
      if (!permissionApplies(store, permission, userId)) continue;
      for (const role of permission.roles) {
        if (!best || rank[role] > rank[best]) best = role;
      }
    }
  }
  return best;
}

function isMember(store: TenantStore, userId: string): boolean {
  return store.userById(userId)?.userType === 'Member';
}

export function roleAllows(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && rank[role] >= rank[needed];
}

/** The signed-in user's own OneDrive: Files.Read / Files.ReadWrite reach only this. */
export function isOwnDrive(drive: DriveRecord, userId: string): boolean {
  return drive.owner.kind === 'user' && drive.owner.userId === userId;
}
