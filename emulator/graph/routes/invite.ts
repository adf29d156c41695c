// POST …/invite (also …/microsoft.graph.invite): grants read or write on an item to directory
// users or outside email addresses. Validation happens before anything is granted, so a request
// either succeeds for every recipient or changes nothing.
import type { DirectoryUser, DriveRecord, Grantee, ItemRecord } from '../../tenant/model';
import type { TenantStore } from '../../tenant/store';
import { SCOPES } from '../auth/scopes';
import { GraphError, invalidRequest } from '../errors';
import { readJsonBody } from '../http/read-json';
import { requireItemAccess, resolveItem } from '../resolve/resolve';
import { ownerPermission, toGraphPermission } from '../shapes/permission';
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
    // An address outside the directory becomes an invitation for a guest (external sharing).
    return user
      ? { grantee: { kind: 'user', userId: user.id }, email: user.mail, user }
      : { grantee: { kind: 'external', email: recipient.email }, email: recipient.email, user: undefined };
  }
  const user = 'alias' in recipient ? store.userByAlias(recipient.alias) : store.userById(recipient.objectId);
  if (!user) throw recipientNotFound();
  return { grantee: { kind: 'user', userId: user.id }, email: user.mail, user };
}

/** Rules that depend on the drive rather than on the body alone (graph-api.md §1.1, §1.3, §5.3). */
export function rejectUnsupportedSharing(drive: DriveRecord, item: ItemRecord, body?: InviteRequest): void {
  if (drive.driveType === 'personal' && item.parentId === null) {
    throw new GraphError(403, 'notAllowed', "Permissions can't be created or changed on the root of a personal drive.");
  }
  if (body?.password !== undefined && drive.driveType !== 'personal') {
    throw invalidRequest('The password parameter is only supported for OneDrive for home.');
  }
  // On OneDrive for Business and SharePoint an expiry applies only to sharing links; the
  // service rejects it on direct invitations.
  if (body?.expirationDateTime !== undefined && drive.driveType !== 'personal') {
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
      const value = recipients.map((recipient) => {
        // The owner already has full control; Graph answers with the existing owner permission.
        if (recipient.user?.id === drive.ownerId) return ownerPermission(op.store, drive);
        const { permission } = op.store.grant({
          item,
          grantee: recipient.grantee,
          roles: body.roles,
          invitationEmail: recipient.email,
          signInRequired,
          invitedBy: op.caller.userId,
        });
        op.store.recordInvitation({
          permissionId: permission.id,
          driveId: drive.id,
          itemId: item.id,
          itemPath: item.path,
          email: recipient.email,
          roles: permission.roles,
          message: body.message,
          sendInvitation: body.sendInvitation ?? false,
          requireSignIn: signInRequired,
          invitedBy: op.caller.userId,
        });
        return toGraphPermission(op.store, permission);
      });

      return {
        status: 200,
        body: { '@odata.context': `${op.graphBase}/$metadata#Collection(permission)`, value },
      };
    },
  }),
];
