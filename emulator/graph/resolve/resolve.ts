// Looks up what a parsed path refers to and checks the caller may touch it. Kept apart from
// parsing so the scope check (403) can run before lookups (404), the order Graph uses.
import { effectiveRole, isOwnDrive, roleAllows } from '../../tenant/access';
import type { DirectoryUser, DriveRecord, ItemRecord, Role } from '../../tenant/model';
import { SCOPES, hasAnyScope } from '../auth/scopes';
import { GraphError, accessDenied, notFound } from '../errors';
import type { Operation } from '../routes/route';
import type { DriveRef, ItemRef, UserRef } from './parse-path';
import { resolveShare } from './shares';

export interface ResolvedItem {
  drive: DriveRecord;
  item: ItemRecord;
  /** The role a sharing link gives whoever holds it, when the item was reached through /shares. */
  linkRole?: Role;
}

export function resolveUser(op: Operation, ref: UserRef): DirectoryUser {
  const key = ref.kind === 'me' ? op.caller.userId : ref.key;
  const user = op.store.userById(key) ?? op.store.userByEmail(key);
  if (!user) {
    throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${key}' does not exist or one of its queried reference-property objects are not present.`);
  }
  return user;
}

export function resolveDrive(op: Operation, ref: DriveRef): DriveRecord {
  let drive: DriveRecord | undefined;
  switch (ref.kind) {
    case 'drive':
      drive = op.store.drive(ref.id);
      break;
    case 'userDrive':
      drive = op.store.driveOfUser(resolveUser(op, ref.user).id);
      break;
    case 'groupDrive': {
      const group = op.store.groupById(ref.groupId);
      if (!group)
        throw new GraphError(
          404,
          'Request_ResourceNotFound',
          `Resource '${ref.groupId}' does not exist or one of its queried reference-property objects are not present.`,
        );
      drive = op.store.driveOfGroup(group.id);
      break;
    }
    case 'siteDrive': {
      const site = op.store.siteById(ref.siteId);
      if (!site) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
      drive = op.store.drive(site.driveId);
      break;
    }
    case 'shareDrive':
      drive = resolveShare(op, ref.shareId).drive;
      break;
  }
  if (!drive) throw notFound();
  return drive;
}

export function resolveItem(op: Operation, ref: ItemRef): ResolvedItem {
  switch (ref.kind) {
    case 'root': {
      // A link to an item says nothing about the rest of its drive: the root needs access of its own.
      const drive = resolveDrive(op, ref.drive);
      return { drive, item: op.store.root(drive) };
    }
    case 'item': {
      // bundles and following resolve ids within the drive like items (see the README).
      const drive = resolveDrive(op, ref.drive);
      const item = op.store.itemInDrive(drive.id, ref.id);
      if (!item) throw notFound();
      return { drive, item };
    }
    case 'special': {
      const drive = resolveDrive(op, ref.drive);
      const item = op.store.allItems().find((i) => i.driveId === drive.id && i.specialFolder === ref.name);
      // Special folders are created on first write; until then a read finds nothing
      // (docs/graph-behaviour.md#special-folders).
      if (!item) throw notFound();
      return { drive, item };
    }
    case 'shared':
      return resolveShare(op, ref.shareId);
    case 'path': {
      const base = resolveItem(op, ref.base);
      const item = op.store.itemByPath(base.item, ref.path);
      if (!item) throw notFound();
      return { ...base, item };
    }
  }
}

/**
 * Files.Read / Files.ReadWrite only reach the caller's own drive; elsewhere a *.All scope and a
 * grant on the item (or a folder above it), or a sharing link, are needed.
 */
export function requireItemAccess(op: Operation, resolved: ResolvedItem, needed: Role): void {
  requireDriveScope(op, resolved.drive, needed === 'read' ? 'read' : 'write');
  const role = effectiveRole(op.store, op.caller.userId, resolved.drive, resolved.item);
  if (!roleAllows(role, needed) && !roleAllows(resolved.linkRole, needed)) throw accessDenied();
}

export function requireDriveScope(op: Operation, drive: DriveRecord, access: 'read' | 'write'): void {
  if (isOwnDrive(drive, op.caller.userId)) return;
  const scopes = access === 'read' ? SCOPES.readOthersFiles : SCOPES.writeOthersFiles;
  if (!hasAnyScope(op.caller, scopes)) throw accessDenied();
}
