// Who may do what on an item. Sharing a folder shares everything below it, so a grant on any
// ancestor counts; the drive owner can always do everything.
import type { DriveRecord, ItemRecord, Role } from './model';
import type { TenantStore } from './store';

const rank: Record<Role, number> = { read: 1, write: 2, owner: 3 };

export function effectiveRole(store: TenantStore, userId: string, drive: DriveRecord, item: ItemRecord): Role | undefined {
  if (drive.ownerId === userId) return 'owner';
  let best: Role | undefined;
  for (const holder of [item, ...store.ancestorsOf(item)]) {
    for (const permission of store.permissionsOn(holder)) {
      if (permission.grantee.kind !== 'user' || permission.grantee.userId !== userId) continue;
      for (const role of permission.roles) {
        if (!best || rank[role] > rank[best]) best = role;
      }
    }
  }
  return best;
}

export function roleAllows(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && rank[role] >= rank[needed];
}
