// The directory: /users and /groups (list, $search with ConsistencyLevel: eventual), one group,
// and a user's memberOf.
import type { DirectoryGroup } from '../../tenant/model';
import { SCOPES, hasAnyScope } from '../auth/scopes';
import { GraphError } from '../errors';
import { pageOf } from '../odata/collection';
import { matchesDirectorySearch, parseDirectorySearch, requireEventualConsistency } from '../odata/directory-search';
import { applySelect, parseSelect } from '../odata/query';
import { resolveUser } from '../resolve/resolve';
import { toGraphGroup } from '../shapes/directory';
import { toGraphUser, toGraphUserFull } from '../shapes/user';
import { route, type Operation } from './route';

const USER_SEARCHABLE = ['displayName', 'mail', 'userPrincipalName', 'givenName', 'surname', 'jobTitle', 'department', 'mailNickname'];
const GROUP_SEARCHABLE = ['displayName', 'description', 'mail', 'mailNickname'];
/** Directory collections page at 100 by default. */
const DIRECTORY_PAGE_SIZE = 100;

function directoryList<T extends object>(
  op: Operation,
  entityName: string,
  all: T[],
  full: (e: T) => Record<string, unknown>,
  basic: (e: T) => object,
  searchable: string[],
) {
  const query = op.url.searchParams;
  requireEventualConsistency(op.ctx, query);
  const search = query.get('$search');
  const matching = search === null ? all : all.filter((e) => matchesDirectorySearch(full(e), parseDirectorySearch(search, searchable)));
  const select = parseSelect(query);
  const page = pageOf(
    matching,
    op.url,
    `${op.graphBase}/$metadata#${entityName}`,
    (e) => (select ? applySelect(full(e), select) : basic(e)),
    DIRECTORY_PAGE_SIZE,
  );
  // @odata.count comes first in Graph's answer, and only on the first page.
  if (query.get('$count') === 'true' && !query.has('$skiptoken')) {
    const { '@odata.context': context, ...rest } = page;
    return { '@odata.context': context, '@odata.count': matching.length, ...rest };
  }
  return page;
}

const groupFull = (g: DirectoryGroup) => toGraphGroup(g) as Record<string, unknown>;

export const directoryRoutes = [
  route({
    kind: 'users',
    method: 'GET',
    scopes: SCOPES.readUsers,
    handle(op) {
      const users = op.store.listUsers();
      return { status: 200, body: directoryList(op, 'users', users, (u) => toGraphUserFull(u) as Record<string, unknown>, toGraphUser, USER_SEARCHABLE) };
    },
  }),
  route({
    kind: 'groups',
    method: 'GET',
    scopes: SCOPES.readGroups,
    handle(op) {
      return { status: 200, body: directoryList(op, 'groups', op.store.listGroups(), groupFull, toGraphGroup, GROUP_SEARCHABLE) };
    },
  }),
  route({
    kind: 'group',
    method: 'GET',
    scopes: SCOPES.readGroups,
    handle(op, target) {
      const group = op.store.groupById(target.groupId);
      if (!group) {
        throw new GraphError(
          404,
          'Request_ResourceNotFound',
          `Resource '${target.groupId}' does not exist or one of its queried reference-property objects are not present.`,
        );
      }
      return {
        status: 200,
        body: { '@odata.context': `${op.graphBase}/$metadata#groups/$entity`, ...applySelect(toGraphGroup(group), parseSelect(op.url.searchParams)) },
      };
    },
  }),
  route({
    kind: 'memberOf',
    method: 'GET',
    scopes: SCOPES.readSelf,
    handle(op, target) {
      const user = resolveUser(op, target.user);
      const allowed = user.id === op.caller.userId ? SCOPES.readSelf : SCOPES.readUsers;
      if (!hasAnyScope(op.caller, allowed)) throw new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const select = parseSelect(op.url.searchParams);
      return {
        status: 200,
        body: pageOf(
          op.store.groupsOf(user.id),
          op.url,
          `${op.graphBase}/$metadata#directoryObjects`,
          (g) => ({ '@odata.type': '#microsoft.graph.group', ...applySelect(toGraphGroup(g), select) }),
          DIRECTORY_PAGE_SIZE,
        ),
      };
    },
  }),
];
