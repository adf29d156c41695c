// …/permissions and …/permissions/{id}: list, read, change, remove. A list holds the drive's
// implicit permissions (owner, or a library's site groups), those inherited from folders above,
// and those set on the item itself (docs/graph-behaviour.md#permissions-list).
import { effectiveRole, permissionApplies, roleAllows } from '../../tenant/access';
import type { PermissionRecord } from '../../tenant/model';
import { SCOPES } from '../auth/scopes';
import { GraphError, accessDenied, invalidRequest, notFound } from '../errors';
import { readItem } from '../http/conditional';
import { readJsonBody } from '../http/read-json';
import { applySelect, parseSelect } from '../odata/query';
import { requireItemAccess, resolveItem, type ResolvedItem } from '../resolve/resolve';
import type { ItemRef } from '../resolve/parse-path';
import { itemCtag, itemEtag } from '../shapes/drive-item';
import { drivePermissions, itemReference, permissionEtag, toGraphPermission, type GraphPermission } from '../shapes/permission';
import { parseRoles } from '../validation/invite-body';
import { rejectUnsupportedSharing } from './invite';
import { route, type Operation } from './route';

interface Entry {
  shaped: GraphPermission;
  record?: PermissionRecord;
  inherited: boolean;
}

/**
 * Whoever can share the item (owner or editor) sees every permission, link URLs included; anyone
 * else sees the drive's own permissions and those that apply to them.
 */
function visiblePermissions(op: Operation, resolved: ResolvedItem): Entry[] {
  const { drive, item } = resolved;
  const canShare = roleAllows(effectiveRole(op.store, op.caller.userId, drive, item), 'write');
  const visible = (p: PermissionRecord) => canShare || permissionApplies(op.store, p, op.caller.userId);
  // Only OneDrive for home reports inheritedFrom; ODB and SharePoint list inherited entries without it.
  const inherited = op.store
    .ancestorsOf(item)
    .reverse()
    .flatMap((ancestor) =>
      op.store
        .permissionsOn(ancestor)
        .filter(visible)
        .map((record) => ({
          record,
          inherited: true,
          shaped: toGraphPermission(op.store, record, {
            showSecrets: canShare,
            ...(drive.driveType === 'personal' ? { inheritedFrom: itemReference(drive, ancestor) } : {}),
          }),
        })),
    );
  const direct = op.store
    .permissionsOn(item)
    .filter(visible)
    .map((record) => ({ record, inherited: false, shaped: toGraphPermission(op.store, record, { showSecrets: canShare }) }));
  return [...drivePermissions(op.store, drive).map((shaped) => ({ shaped, inherited: false })), ...inherited, ...direct];
}

function contextFor(op: Operation, resolved: ResolvedItem): string {
  return `${op.graphBase}/$metadata#drives('${resolved.drive.id}')/items('${resolved.item.id}')/permissions`;
}

/** Finds a permission set on this item; drive-level and inherited ones cannot be changed here. */
function changeablePermission(op: Operation, item: ItemRef, permissionId: string) {
  const resolved = resolveItem(op, item);
  requireItemAccess(op, resolved, 'write');
  rejectUnsupportedSharing(resolved.drive, resolved.item);
  const entry =
    visiblePermissions(op, resolved).find((p) => p.shaped.id === permissionId && !p.inherited) ??
    visiblePermissions(op, resolved).find((p) => p.shaped.id === permissionId);
  if (!entry) throw notFound();
  if (!entry.record) throw accessDenied("The owner's permission can't be changed or removed.");
  if (entry.inherited) {
    throw invalidRequest('This permission is inherited from a parent folder. Change or remove it on the folder it comes from.');
  }
  checkIfMatch(op, resolved, entry.record);
  return { resolved, record: entry.record };
}

/** if-match may carry the permission's tag (README) or the item's eTag/cTag, as the docs describe. */
function checkIfMatch(op: Operation, { item }: ResolvedItem, record: PermissionRecord): void {
  const header = op.ctx.get('if-match').trim();
  if (header === '' || header === '*') return;
  const current = [permissionEtag(record), itemEtag(op.store, item), itemCtag(item)].map((t) => t.replace(/^W\//, ''));
  // Entity tags are quoted and ODB's contain commas, so split on the quotes, not on commas.
  const given = (header.match(/(?:W\/)?"[^"]*"/g) ?? [header]).map((t) => t.replace(/^W\//, ''));
  if (!given.some((t) => current.includes(t))) {
    throw new GraphError(412, 'resourceModified', "ETag does not match current item's value", { innerCode: 'preconditionFailed' });
  }
}

function parsePatch(body: unknown, record: PermissionRecord): { roles?: PermissionRecord['roles']; expirationDateTime?: string } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest('The request body must be a JSON object.');
  const fields = body as Record<string, unknown>;
  const grantee = record.grantee;
  // Only user permissions take new roles; links and groups answer as reported
  // (docs/graph-behaviour.md#link-role-changes).
  if (grantee.kind === 'link' || grantee.kind === 'group') {
    const anonymousExpiry = grantee.kind === 'link' && grantee.scope === 'anonymous' && Object.keys(fields).every((k) => k === 'expirationDateTime');
    if (!anonymousExpiry) throw new GraphError(400, 'invalidRequest', 'One of the provided arguments is not acceptable.', { innerCode: 'badArgument' });
    const value = fields.expirationDateTime;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw invalidRequest('expirationDateTime must be an ISO 8601 date and time.');
    return { expirationDateTime: value };
  }
  const unsupported = Object.keys(fields).find((key) => key !== 'roles');
  if (unsupported) throw invalidRequest(`The property '${unsupported}' can't be updated on a user permission.`);
  return { roles: parseRoles(fields.roles) };
}

export const permissionRoutes = [
  route({
    kind: 'permissions',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const { resolved, unchanged } = readItem(op, target.item);
      if (unchanged) return unchanged;
      const select = parseSelect(op.url.searchParams);
      return {
        status: 200,
        body: { '@odata.context': contextFor(op, resolved), value: visiblePermissions(op, resolved).map((p) => applySelect(p.shaped, select)) },
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
        headers: entry.record ? { ETag: permissionEtag(entry.record) } : undefined,
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
      const { resolved, record } = changeablePermission(op, target.item, target.permissionId);
      const change = parsePatch(body, record);
      if (change.roles) op.store.updateRoles(resolved.item, record.id, change.roles);
      if (change.expirationDateTime) op.store.updateExpiry(record, change.expirationDateTime);
      op.store.touchSharing(resolved.item);
      return {
        status: 200,
        headers: { ETag: permissionEtag(record) },
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
      op.store.touchSharing(resolved.item);
      return { status: 204 };
    },
  }),
];
