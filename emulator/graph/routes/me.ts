// GET /me and GET /users/{id | userPrincipalName}: the same user entity either way.
import { SCOPES, hasAnyScope } from '../auth/scopes';
import { GraphError } from '../errors';
import { applySelect, parseSelect } from '../odata/query';
import { resolveUser } from '../resolve/resolve';
import { toGraphUser } from '../shapes/user';
import { route } from './route';

export const userRoutes = [
  route({
    kind: 'user',
    method: 'GET',
    scopes: SCOPES.readSelf,
    handle(op, target) {
      const user = resolveUser(op, target.user);
      // User.Read covers only the signed-in user; others need a directory-wide read scope.
      if (user.id !== op.caller.userId && !hasAnyScope(op.caller, SCOPES.readUsers)) {
        throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      }
      return {
        status: 200,
        body: {
          '@odata.context': `${op.graphBase}/$metadata#users/$entity`,
          ...applySelect(toGraphUser(user), parseSelect(op.url.searchParams)),
        },
      };
    },
  }),
];
