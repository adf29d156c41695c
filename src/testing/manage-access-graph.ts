import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import { TEST_GRAPH_BASE } from './render';

/** Shared by the panel's component tests (English, German, Arabic). */
export const item = { driveId: 'b!drive', itemId: '01ITEM', name: 'Q3 Report.xlsx', isFolder: false };
export const itemUrl = `${TEST_GRAPH_BASE}/v1.0/drives/b!drive/items/01ITEM`;

export const owner = { id: 'owner', roles: ['owner'], grantedToV2: { user: { id: 'u-adele', displayName: 'Adele Vance', email: 'adele@contoso.test' } } };
export const alex = {
  id: 'p-alex',
  roles: ['write'],
  grantedToV2: { user: { id: 'u-alex', displayName: 'Alex Wilber', email: 'alex@contoso.test' } },
  invitation: { email: 'alex@contoso.test' },
};
export const megan = {
  id: 'p-megan',
  '@odata.etag': '"megan-v1"',
  roles: ['read'],
  grantedToV2: { user: { id: 'u-megan', displayName: 'Megan Bowen', email: 'megan@contoso.test' } },
};

interface Seen {
  method: string;
  url: string;
  ifMatch: string | null;
  body: unknown;
}

/** A fake Graph whose permission list and eTag the test changes between requests. */
export type FakePermission = { id: string } & Record<string, unknown>;

export function fakeGraph(server: Pick<SetupServer, 'use'>, initial: FakePermission[]) {
  const state = { permissions: initial, eTag: '"{E1},1"', lists: 0, patch: undefined as undefined | (() => Response | Promise<Response>) };
  const seen: Seen[] = [];
  server.use(
    http.get(itemUrl, () => HttpResponse.json({ id: '01ITEM', name: item.name, eTag: state.eTag })),
    http.get(`${itemUrl}/permissions`, () => {
      state.lists += 1;
      return HttpResponse.json({ value: state.permissions });
    }),
    http.patch(`${itemUrl}/permissions/:id`, async ({ request, params }) => {
      const body = (await request.json()) as { roles: string[] };
      seen.push({ method: 'PATCH', url: request.url, ifMatch: request.headers.get('if-match'), body });
      if (state.patch) return state.patch();
      state.permissions = state.permissions.map((p) => (p.id === params.id ? { ...p, roles: body.roles } : p));
      return HttpResponse.json(state.permissions.find((p) => p.id === params.id));
    }),
    http.delete(`${itemUrl}/permissions/:id`, ({ request, params }) => {
      seen.push({ method: 'DELETE', url: request.url, ifMatch: request.headers.get('if-match'), body: undefined });
      state.permissions = state.permissions.filter((p) => p.id !== params.id);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return { state, seen };
}
