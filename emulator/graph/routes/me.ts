// GET /me and GET /users/{id | userPrincipalName}: the same user entity either way; the
// profile photo; and /organization.
import { photoPng, PHOTO_SIZE } from '../../tenant/photo';
import type { DirectoryUser } from '../../tenant/model';
import { SCOPES, hasAnyScope } from '../auth/scopes';
import { GraphError } from '../errors';
import { applySelect, parseSelect } from '../odata/query';
import { resolveUser } from '../resolve/resolve';
import type { UserRef } from '../resolve/parse-path';
import { toGraphOrganization } from '../shapes/directory';
import { toGraphUser, toGraphUserFull } from '../shapes/user';
import { route, type Operation } from './route';

/** User.Read covers only the signed-in user; others need a directory-wide read scope. */
function readableUser(op: Operation, ref: UserRef): DirectoryUser {
  const user = resolveUser(op, ref);
  if (user.id !== op.caller.userId && !hasAnyScope(op.caller, SCOPES.readUsers)) {
    throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
  }
  return user;
}

function photoOf(op: Operation, ref: UserRef): { user: DirectoryUser; color: string } {
  const user = readableUser(op, ref);
  if (!user.photoColor) {
    // Graph's wording when a user has no photo.
    throw new GraphError(404, 'ImageNotFound', "Exception of type 'Microsoft.Fast.Profile.Core.Exception.ImageNotFoundException' was thrown.");
  }
  return { user, color: user.photoColor };
}

export const userRoutes = [
  route({
    kind: 'user',
    method: 'GET',
    scopes: SCOPES.readSelf,
    handle(op, target) {
      const user = readableUser(op, target.user);
      const select = parseSelect(op.url.searchParams);
      return {
        status: 200,
        body: {
          '@odata.context': `${op.graphBase}/$metadata#users/$entity`,
          ...(select ? applySelect(toGraphUserFull(user), select) : toGraphUser(user)),
        },
      };
    },
  }),
  route({
    kind: 'photo',
    method: 'GET',
    scopes: SCOPES.readSelf,
    handle(op, target) {
      const { user } = photoOf(op, target.user);
      return {
        status: 200,
        body: {
          '@odata.context': `${op.graphBase}/$metadata#users('${user.id}')/photo/$entity`,
          '@odata.mediaContentType': 'image/png',
          '@odata.mediaEtag': `W/"${user.id.slice(0, 8)}"`,
          id: `${PHOTO_SIZE}X${PHOTO_SIZE}`,
          height: PHOTO_SIZE,
          width: PHOTO_SIZE,
        },
      };
    },
  }),
  route({
    kind: 'photoValue',
    method: 'GET',
    scopes: SCOPES.readSelf,
    handle(op, target) {
      const { color } = photoOf(op, target.user);
      return { status: 200, raw: { contentType: 'image/png', data: photoPng(color) } };
    },
  }),
  route({
    kind: 'organization',
    method: 'GET',
    scopes: SCOPES.readSelf,
    handle(op) {
      return {
        status: 200,
        body: { '@odata.context': `${op.graphBase}/$metadata#organization`, value: [toGraphOrganization(op.store.tenant)] },
      };
    },
  }),
];
