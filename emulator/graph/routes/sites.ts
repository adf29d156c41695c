// SharePoint sites (search, get, followed) and the shares API root (/shares/{shareId}).
import type { SiteRecord } from '../../tenant/model';
import { SCOPES } from '../auth/scopes';
import { GraphError } from '../errors';
import { pageOf } from '../odata/collection';
import { applySelect, parseSelect } from '../odata/query';
import { requireItemAccess, resolveUser } from '../resolve/resolve';
import { resolveShare } from '../resolve/shares';
import { userIdentity } from '../shapes/identity';
import { toGraphSite } from '../shapes/site';
import { route, type Operation } from './route';

/** Sites the caller can reach: as owner or member, or any member of the tenant on sites open to visitors. */
function visibleSites(op: Operation): SiteRecord[] {
  const me = op.store.userById(op.caller.userId);
  return op.store
    .listSites()
    .filter((s) => s.ownerIds.includes(op.caller.userId) || s.memberIds.includes(op.caller.userId) || (s.visitorsAreEveryone && me?.userType === 'Member'));
}

export const siteRoutes = [
  route({
    kind: 'sites',
    method: 'GET',
    scopes: SCOPES.readSites,
    handle(op) {
      const search = op.url.searchParams.get('search');
      const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const found = visibleSites(op).filter((s) => {
        const text = `${s.name} ${s.displayName} ${s.description}`.toLowerCase();
        return words.every((w) => text.includes(w));
      });
      const select = parseSelect(op.url.searchParams);
      return { status: 200, body: pageOf(found, op.url, `${op.graphBase}/$metadata#sites`, (s) => applySelect(toGraphSite(s), select)) };
    },
  }),
  route({
    kind: 'site',
    method: 'GET',
    scopes: SCOPES.readSites,
    handle(op, target) {
      const site = op.store.siteById(target.siteId);
      if (!site || !visibleSites(op).includes(site)) throw new GraphError(404, 'itemNotFound', 'Requested site could not be found');
      return {
        status: 200,
        body: { '@odata.context': `${op.graphBase}/$metadata#sites/$entity`, ...applySelect(toGraphSite(site), parseSelect(op.url.searchParams)) },
      };
    },
  }),
  route({
    kind: 'followedSites',
    method: 'GET',
    scopes: SCOPES.readSites,
    handle(op, target) {
      const user = resolveUser(op, target.user);
      const followed = op.store.listSites().filter((s) => s.followerIds.includes(user.id));
      return { status: 200, body: pageOf(followed, op.url, `${op.graphBase}/$metadata#sites`, toGraphSite) };
    },
  }),
  route({
    kind: 'share',
    method: 'GET',
    scopes: SCOPES.readFiles,
    handle(op, target) {
      const shared = resolveShare(op, target.shareId);
      requireItemAccess(op, shared, 'read');
      const owner = shared.drive.owner.kind === 'user' ? op.store.userById(shared.drive.owner.userId) : undefined;
      return {
        status: 200,
        body: {
          '@odata.context': `${op.graphBase}/$metadata#shares/$entity`,
          id: target.shareId,
          name: shared.item.name,
          ...(owner ? { owner: { user: userIdentity(owner) } } : {}),
        },
      };
    },
  }),
];
