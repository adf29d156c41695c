// A driveItem and its children, however the item was addressed (see resolve/parse-path.ts).
import type { ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { SCOPES } from '../auth/scopes';
import { pageOf } from '../odata/collection';
import { applySelect, parseOrderBy, parseSelect } from '../odata/query';
import { readItem } from '../http/conditional';
import { toGraphDriveItem } from '../shapes/drive-item';
import { route } from './route';

// One collator for every comparison: localeCompare with options builds one per call, which is
// far too slow for sorting the 10,000-item folder.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byName = (a: ItemRecord, b: ItemRecord) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function sortableChildren(store: TenantStore) {
  return {
    name: byName,
    lastModifiedDateTime: (a: ItemRecord, b: ItemRecord) => a.lastModifiedDateTime.localeCompare(b.lastModifiedDateTime),
    size: (a: ItemRecord, b: ItemRecord) => store.sizeOf(a) - store.sizeOf(b),
  };
}

export const driveItemRoutes = [
  route({
    kind: 'driveItem',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const { resolved, unchanged } = readItem(op, target.item);
      if (unchanged) return unchanged;
      return {
        status: 200,
        body: {
          '@odata.context': `${op.graphBase}/$metadata#drives('${resolved.drive.id}')/items/$entity`,
          ...applySelect(toGraphDriveItem(op.store, resolved.drive, resolved.item), parseSelect(op.url.searchParams)),
        },
      };
    },
  }),
  route({
    kind: 'children',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const { resolved, unchanged } = readItem(op, target.item);
      if (unchanged) return unchanged;
      const { drive, item } = resolved;
      const select = parseSelect(op.url.searchParams);
      // Plain name order unless asked otherwise; folders-first is a UI choice, not Graph's.
      const order = parseOrderBy(op.url.searchParams, sortableChildren(op.store))?.compare ?? byName;
      const children = op.store.childrenOf(item).sort((a, b) => order(a, b) || byName(a, b));
      const context = `${op.graphBase}/$metadata#drives('${drive.id}')/items('${item.id}')/children`;
      return {
        status: 200,
        body: pageOf(children, op.url, context, (child) => applySelect(toGraphDriveItem(op.store, drive, child), select)),
      };
    },
  }),
];
