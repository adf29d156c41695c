// Finding items: search(q=) within a folder hierarchy or a drive, and the drive's sharedWithMe
// list. Both only return what the caller may read.
import { effectiveRole, permissionApplies, roleAllows } from '../../tenant/access';
import type { DriveRecord, ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { SCOPES } from '../auth/scopes';
import { pageOf } from '../odata/collection';
import { applySelect, parseSelect } from '../odata/query';
import { requireItemAccess, resolveDrive, resolveItem } from '../resolve/resolve';
import { toGraphDriveItem } from '../shapes/drive-item';
import { toSharedEntry } from '../shapes/remote-item';
import { route, type Operation } from './route';

/** Every word of the query must appear in the name (search also matches metadata; names are what the seed has). */
function matches(item: ItemRecord, query: string): boolean {
  const name = item.name.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => name.includes(word));
}

function descendants(store: TenantStore, folder: ItemRecord): ItemRecord[] {
  const out: ItemRecord[] = [];
  const stack = [...store.childrenOf(folder)];
  while (stack.length > 0) {
    const item = stack.shift()!;
    out.push(item);
    stack.push(...store.childrenOf(item));
  }
  return out;
}

/** Items in other people's drives shared with the caller directly (not through a parent folder). */
function sharedWithCaller(op: Operation): { drive: DriveRecord; item: ItemRecord }[] {
  return op.store.sharedItems().flatMap((item) => {
    const drive = op.store.drive(item.driveId);
    if (!drive || drive.ownerIds.includes(op.caller.userId) || drive.owner.kind !== 'user') return [];
    return op.store.permissionsOn(item).some((p) => permissionApplies(op.store, p, op.caller.userId)) ? [{ drive, item }] : [];
  });
}

const SHARED_AT = '2025-11-15T09:00:00Z';

export const findingRoutes = [
  route({
    kind: 'search',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const base = target.item
        ? resolveItem(op, target.item)
        : (() => {
            const drive = resolveDrive(op, target.drive);
            return { drive, item: op.store.root(drive) };
          })();
      requireItemAccess(op, base, 'read');
      const select = parseSelect(op.url.searchParams);
      const local = descendants(op.store, base.item)
        .filter((i) => matches(i, target.query))
        .map((item) => ({
          '@odata.type': '#microsoft.graph.driveItem',
          ...applySelect(toGraphDriveItem(op.store, base.drive, item), select),
          searchResult: {},
        }));
      // Searching a whole drive also finds items shared with the caller, as remote items.
      const remote = target.item
        ? []
        : sharedWithCaller(op)
            .filter(({ item }) => matches(item, target.query))
            .map(({ drive, item }) => ({
              '@odata.type': '#microsoft.graph.driveItem',
              ...applySelect(toSharedEntry(op.store, drive, item, SHARED_AT), select),
              searchResult: {},
            }));
      return { status: 200, body: pageOf([...local, ...remote], op.url, `${op.graphBase}/$metadata#Collection(driveItem)`, (i) => i) };
    },
  }),
  route({
    kind: 'sharedWithMe',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const drive = resolveDrive(op, target.drive);
      // Only the caller's own list exists; Graph answers for /me/drive.
      if (!drive.ownerIds.includes(op.caller.userId))
        return { status: 200, body: { '@odata.context': `${op.graphBase}/$metadata#Collection(driveItem)`, value: [] } };
      const select = parseSelect(op.url.searchParams);
      const entries = sharedWithCaller(op)
        .filter(({ drive: d, item }) => roleAllows(effectiveRole(op.store, op.caller.userId, d, item), 'read'))
        .map(({ drive: d, item }) => applySelect(toSharedEntry(op.store, d, item, SHARED_AT), select));
      return { status: 200, body: pageOf(entries, op.url, `${op.graphBase}/$metadata#Collection(driveItem)`, (i) => i) };
    },
  }),
];
