// Looks up what a parsed path refers to and checks the caller may touch it. Kept apart from
// parsing so the scope check (403) can run before lookups (404), the order Graph uses.
import { effectiveRole, roleAllows } from '../../tenant/access';
import type { DirectoryUser, DriveRecord, ItemRecord, Role } from '../../tenant/model';
import { SCOPES, hasAnyScope } from '../auth/scopes';
import { GraphError, accessDenied, notFound } from '../errors';
import type { Operation } from '../routes/route';
import type { DriveRef, ItemRef, UserRef } from './parse-path';

export interface ResolvedItem {
  drive: DriveRecord;
  item: ItemRecord;
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
  const drive = ref.kind === 'drive'
    ? op.store.drive(ref.id)
    : op.store.driveOfUser(resolveUser(op, ref.user).id);
  if (!drive) throw notFound();
  return drive;
}

export function resolveItem(op: Operation, ref: ItemRef): ResolvedItem {
  switch (ref.kind) {
    case 'root': {
      const drive = resolveDrive(op, ref.drive);
      return { drive, item: op.store.root(drive) };
    }
    case 'item': {
      const drive = resolveDrive(op, ref.drive);
      const item = op.store.itemInDrive(drive.id, ref.id);
      if (!item) throw notFound();
      return { drive, item };
    }
    case 'path': {
      const { drive, item: base } = resolveItem(op, ref.base);
      const item = op.store.itemByPath(base, ref.path);
      if (!item) throw notFound();
      return { drive, item };
    }
  }
}

/**
 * Files.Read / Files.ReadWrite only reach the caller's own drive; elsewhere a *.All scope and a
 * grant on the item (or a folder above it) are needed.
 */
export function requireItemAccess(op: Operation, { drive, item }: ResolvedItem, needed: Role): void {
  requireDriveScope(op, drive, needed === 'read' ? 'read' : 'write');
  if (!roleAllows(effectiveRole(op.store, op.caller.userId, drive, item), needed)) throw accessDenied();
}

export function requireDriveScope(op: Operation, drive: DriveRecord, access: 'read' | 'write'): void {
  if (drive.ownerId === op.caller.userId) return;
  const scopes = access === 'read' ? SCOPES.readOthersFiles : SCOPES.writeOthersFiles;
  if (!hasAnyScope(op.caller, scopes)) throw accessDenied();
}
