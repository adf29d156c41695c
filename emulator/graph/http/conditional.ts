// If-None-Match on reads of an item, its children and its permissions
// (docs/graph-behaviour.md#conditional-reads):
// a tag equal to the item's current eTag or cTag answers 304 Not Modified with no body. Sharing
// changes move the eTag, so a client re-listing permissions after a change always gets them.
import type { ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import type { ItemRef } from '../resolve/parse-path';
import { requireItemAccess, resolveItem, type ResolvedItem } from '../resolve/resolve';
import type { Operation, Reply } from '../routes/route';
import { itemCtag, itemEtag } from '../shapes/drive-item';
import type { GraphContext } from './context';

export function notModified(ctx: GraphContext, store: TenantStore, item: ItemRecord): Reply | undefined {
  const header = ctx.get('If-None-Match').trim();
  if (header === '') return undefined;
  const current = [itemEtag(store, item), itemCtag(item)];
  const given = (header.match(/(?:W\/)?"[^"]*"/g) ?? [header]).map((t) => t.replace(/^W\//, ''));
  return header === '*' || given.some((t) => current.includes(t)) ? { status: 304, headers: { ETag: itemEtag(store, item) } } : undefined;
}

/** The prologue of every read of an item, its children or its permissions: resolve, check read access, then 304 if unchanged. */
export function readItem(op: Operation, ref: ItemRef): { resolved: ResolvedItem; unchanged: Reply | undefined } {
  const resolved = resolveItem(op, ref);
  requireItemAccess(op, resolved, 'read');
  return { resolved, unchanged: notModified(op.ctx, op.store, resolved.item) };
}
