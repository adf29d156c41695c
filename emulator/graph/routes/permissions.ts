// …/permissions and …/permissions/{id}: list, read, change roles, remove.
import { effectiveRole, roleAllows } from '../../tenant/access';
import type { PermissionRecord } from '../../tenant/model';
import { SCOPES } from '../auth/scopes';
import { accessDenied, invalidRequest, notFound } from '../errors';
import { readJsonBody } from '../http/read-json';
import { applySelect, parseSelect } from '../odata/query';
import { requireItemAccess, resolveItem, type ResolvedItem } from '../resolve/resolve';
import type { ItemRef } from '../resolve/parse-path';
import { ownerPermission, toGraphPermission, type GraphPermission } from '../shapes/permission';
import { parseRoles } from '../validation/invite-body';
import { rejectUnsupportedSharing } from './invite';
import { route, type Operation } from './route';

/**
 * The owner's permission plus those granted on the item. Whoever can share the item (owner or
 * editor) sees them all; anyone else sees only the owner's and their own (graph-api.md §3.1).
 */
function visiblePermissions(op: Operation, resolved: ResolvedItem): { shaped: GraphPermission; record?: PermissionRecord }[] {
  const canShare = roleAllows(effectiveRole(op.store, op.caller.userId, resolved.drive, resolved.item), 'write');
  const granted = op.store.permissionsOn(resolved.item)
    .filter((p) => canShare || (p.grantee.kind === 'user' && p.grantee.userId === op.caller.userId))
    .map((record) => ({ shaped: toGraphPermission(op.store, record), record }));
  return [{ shaped: ownerPermission(op.store, resolved.drive) }, ...granted];
}

function contextFor(op: Operation, resolved: ResolvedItem): string {
  return `${op.graphBase}/$metadata#drives('${resolved.drive.id}')/items('${resolved.item.id}')/permissions`;
}

/** Finds a granted (changeable) permission; the owner's own one cannot be changed or removed. */
function changeablePermission(op: Operation, item: ItemRef, permissionId: string) {
  const resolved = resolveItem(op, item);
  requireItemAccess(op, resolved, 'write');
  rejectUnsupportedSharing(resolved.drive, resolved.item);
  const entry = visiblePermissions(op, resolved).find((p) => p.shaped.id === permissionId);
  if (!entry) throw notFound();
  if (!entry.record) throw accessDenied("The owner's permission can't be changed or removed.");
  return { resolved, record: entry.record };
}

export const permissionRoutes = [
  route({
    kind: 'permissions',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const resolved = resolveItem(op, target.item);
      requireItemAccess(op, resolved, 'read');
      const select = parseSelect(op.url.searchParams);
      return {
        status: 200,
        body: {
          '@odata.context': contextFor(op, resolved),
          value: visiblePermissions(op, resolved).map((p) => applySelect(p.shaped, select)),
        },
      };
    },
  }),
  route({
    kind: 'permission',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const resolved = resolveItem(op, target.item);
      requireItemAccess(op, resolved, 'read');
      const entry = visiblePermissions(op, resolved).find((p) => p.shaped.id === target.permissionId);
      if (!entry) throw notFound();
      return {
        status: 200,
        body: { '@odata.context': `${contextFor(op, resolved)}/$entity`, ...applySelect(entry.shaped, parseSelect(op.url.searchParams)) },
      };
    },
  }),
  route({
    kind: 'permission',
    method: 'PATCH',
    scopes: SCOPES.writeFiles,
    async handle(op, target) {
      const body = await readJsonBody(op.ctx);
      if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The request body must be a JSON object.');
      const unsupported = Object.keys(body).find((key) => key !== 'roles');
      if (unsupported) throw invalidRequest(`The property '${unsupported}' can't be updated on a user permission.`);
      const roles = parseRoles((body as { roles?: unknown }).roles);
      const { resolved, record } = changeablePermission(op, target.item, target.permissionId);
      op.store.updateRoles(resolved.item, record.id, roles);
      return {
        status: 200,
        body: { '@odata.context': `${contextFor(op, resolved)}/$entity`, ...toGraphPermission(op.store, record) },
      };
    },
  }),
  route({
    kind: 'permission',
    method: 'DELETE',
    scopes: SCOPES.writeFiles,
    handle(op, target) {
      const { resolved, record } = changeablePermission(op, target.item, target.permissionId);
      op.store.removePermission(resolved.item, record.id);
      return { status: 204 };
    },
  }),
];
