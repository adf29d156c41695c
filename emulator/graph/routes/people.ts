// GET /me/people: the signed-in user's relevant people (and Microsoft 365 groups), most relevant
// first, with fuzzy $search over names and addresses (docs/graph-behaviour.md#people-search).
// Relevance comes from the seed: a user's `people` list first, then colleagues of the same
// department, then groups the user belongs to, then everyone else.
import type { DirectoryGroup, DirectoryUser } from '../../tenant/model';
import { SCOPES } from '../auth/scopes';
import { GraphError, invalidRequest } from '../errors';
import { pageOf } from '../odata/collection';
import { fuzzyScore } from '../odata/fuzzy';
import { applySelect, parseSelect } from '../odata/query';
import { resolveUser } from '../resolve/resolve';
import { groupAsPerson, userAsPerson } from '../shapes/directory';
import { route } from './route';

/** The People API's default page, and its cap on $search results. */
const PEOPLE_PAGE_SIZE = 10;
const MAX_SEARCH_RESULTS = 250;

type Candidate = { relevance: number; name: string; fields: string[]; shape: (score: number) => object };

function candidates(me: DirectoryUser, users: DirectoryUser[], groups: DirectoryGroup[]): Candidate[] {
  const listed = me.people.map((m) => m.toLowerCase());
  const fromUsers = users
    .filter((u) => u.id !== me.id)
    .map((u): Candidate => {
      const index = listed.indexOf(u.mail.toLowerCase());
      const relevance = index >= 0 ? 100 - index : u.department === me.department ? 20 : 10;
      return { relevance, name: u.displayName, fields: [u.displayName, u.mail, u.userPrincipalName], shape: (s) => userAsPerson(u, s) };
    });
  const fromGroups = groups
    .filter((g) => g.groupTypes.includes('Unified'))
    .map((g): Candidate => ({
      relevance: g.memberIds.includes(me.id) ? 15 : 5,
      name: g.displayName,
      fields: [g.displayName, g.mail ?? ''],
      shape: (s) => groupAsPerson(g, s),
    }));
  return [...fromUsers, ...fromGroups];
}

export const peopleRoutes = [
  route({
    kind: 'people',
    method: 'GET',
    scopes: SCOPES.people,
    handle(op, target) {
      const me = resolveUser(op, target.user);
      if (me.id !== op.caller.userId) throw new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
      const query = op.url.searchParams;
      const raw = query.get('$search');
      if (raw !== null && query.has('$skip')) throw invalidRequest('$skip is not supported with $search.');
      const text = raw?.trim().replace(/^"(.*)"$/, '$1') ?? '';
      const scored = candidates(me, op.store.listUsers(), op.store.listGroups())
        .map((c) => ({ ...c, match: raw === null ? 2 : fuzzyScore(c.fields, text) }))
        .filter((c) => c.match > 0)
        // Relevance to the user first; exact matches before fuzzy ones; then by name.
        .sort((a, b) => b.relevance - a.relevance || b.match - a.match || a.name.localeCompare(b.name))
        .slice(0, raw === null ? undefined : MAX_SEARCH_RESULTS);
      const select = parseSelect(query);
      const shaped = scored.map((c, i) => applySelect(c.shape(Math.max(1, 20 - i)), select));
      return { status: 200, body: pageOf(shaped, op.url, `${op.graphBase}/$metadata#users('${me.id}')/people`, (p) => p, PEOPLE_PAGE_SIZE) };
    },
  }),
];
