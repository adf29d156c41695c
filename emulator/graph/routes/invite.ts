// POST …/invite (also …/microsoft.graph.invite): grants read or write on an item to directory
// users, groups or outside email addresses. Validation happens before anything is granted, so a
// request either grants to every recipient or changes nothing. When the invitation email fails
// for some recipients (seeded mailboxes, see the README) the answer is 207 with a per-recipient
// error, and their permission exists all the same, as Graph documents
// (docs/graph-behaviour.md#invite-outcomes).
import type { DirectoryUser, DriveRecord, Grantee, ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { SCOPES } from '../auth/scopes';
import { GraphError, invalidRequest } from '../errors';
import { readJsonBody } from '../http/read-json';
import { requireItemAccess, resolveItem } from '../resolve/resolve';
import { drivePermissions, toGraphPermission, type GraphPermission } from '../shapes/permission';
import { parseInviteBody, type InviteRecipient, type InviteRequest } from '../validation/invite-body';
import { route } from './route';

interface ResolvedRecipient {
  grantee: Grantee;
  email: string;
  user: DirectoryUser | undefined;
}

const recipientNotFound = () => new GraphError(404, 'itemNotFound', 'One of the provided recipients could not be found');

function resolveRecipient(store: TenantStore, recipient: InviteRecipient): ResolvedRecipient {
  if ('email' in recipient) {
    const user = store.userByEmail(recipient.email);
    if (user) return { grantee: { kind: 'user', userId: user.id }, email: user.mail, user };
    const group = store.groupByEmail(recipient.email);
    if (group) return { grantee: { kind: 'group', groupId: group.id }, email: recipient.email, user: undefined };
    // An address outside the directory becomes an invitation for a guest (external sharing).
    return { grantee: { kind: 'external', email: recipient.email }, email: recipient.email, user: undefined };
  }
  const key = 'alias' in recipient ? recipient.alias : recipient.objectId;
  const user = 'alias' in recipient ? store.userByAlias(key) : store.userById(key);
  if (user) return { grantee: { kind: 'user', userId: user.id }, email: user.mail, user };
  // Security groups have no mail, which is what alias and objectId are for.
  const group = 'alias' in recipient ? store.groupByAlias(key) : store.groupById(key);
  if (group) return { grantee: { kind: 'group', groupId: group.id }, email: group.mail ?? group.mailNickname, user: undefined };
  throw recipientNotFound();
}

/**
 * Rules that depend on the drive rather than on the body alone
 * (docs/graph-behaviour.md#invite-request and #expiry-on-business-drives).
 */
export function rejectUnsupportedSharing(drive: DriveRecord, item: ItemRecord, body?: InviteRequest): void {
  if (drive.driveType === 'personal' && item.parentId === null) {
    throw new GraphError(403, 'notAllowed', "Permissions can't be created or changed on the root of a personal drive.");
  }
  if (body?.password !== undefined && drive.driveType !== 'personal') {
    throw invalidRequest('The password parameter is only supported for OneDrive for home.');
  }
  if (body?.expirationDateTime !== undefined) {
    // On OneDrive for Business and SharePoint an expiry applies only to sharing links; the
    // service rejects it on direct invitations. The seeded personal drive is not premium.
    if (drive.driveType === 'personal') throw invalidRequest('Account Upgrade is required for this operation');
    throw invalidRequest('The parameter expirationDateTime is only supported for sharing links.');
  }
}

export const inviteRoutes = [
  route({
    kind: 'invite',
    method: 'POST',
    scopes: SCOPES.writeFiles,
    async handle(op, target) {
      const body = parseInviteBody(await readJsonBody(op.ctx));
      const resolved = resolveItem(op, target.item);
      requireItemAccess(op, resolved, 'write');
      const { drive, item } = resolved;
      rejectUnsupportedSharing(drive, item, body);

      const recipients = body.recipients.map((recipient) => resolveRecipient(op.store, recipient));
      const signInRequired = body.requireSignIn ?? true;
      // From OneDrive for home, a secure (sign-in) invitation to a work account fails
      // (docs/graph-behaviour.md#sign-in-invitations-from-personal-drives).
      if (drive.driveType === 'personal' && signInRequired && recipients.some((r) => r.user?.userType === 'Member')) {
        throw new GraphError(400, 'invalidRequest', 'Some users in the request cannot be invited securely.', { innerCode: 'secureSharingInvalidRequest' });
      }
      const sendInvitation = body.sendInvitation ?? false;
      let partial = false;
      const value = recipients.map((recipient): GraphPermission => {
        // An owner already has full control; Graph answers with the existing owner permission.
        if (recipient.user && drive.owner.kind === 'user' && recipient.user.id === drive.owner.userId) return drivePermissions(op.store, drive)[0]!;
        const { permission } = op.store.grant({
          item,
          grantee: recipient.grantee,
          roles: body.roles,
          invitationEmail: recipient.email,
          signInRequired,
          invitedBy: op.caller.userId,
          ...(body.password !== undefined ? { hasPassword: body.password !== '' } : {}),
        });
        const failure = sendInvitation ? op.store.notificationFailureFor(recipient.email) : undefined;
        op.store.recordInvitation({
          permissionId: permission.id,
          driveId: drive.id,
          itemId: item.id,
          itemPath: item.path,
          email: recipient.email,
          roles: permission.roles,
          message: body.message,
          sendInvitation,
          requireSignIn: signInRequired,
          invitedBy: op.caller.userId,
          notificationError: failure?.innerCode ?? null,
        });
        const shaped = toGraphPermission(op.store, permission);
        if (!failure) return shaped;
        partial = true;
        // Per-item errors use `innererror` (lower case), unlike top-level Graph errors.
        return {
          ...shaped,
          error: {
            code: failure.code,
            message: failure.message,
            localizedMessage: failure.localizedMessage,
            fixItUrl: failure.fixItUrl,
            innererror: { code: failure.innerCode },
          },
        } as GraphPermission;
      });
      op.store.touchSharing(item);

      return {
        status: partial ? 207 : 200,
        body: { '@odata.context': `${op.graphBase}/$metadata#Collection(permission)`, value },
      };
    },
  }),
];
