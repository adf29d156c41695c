// Contract tests: the emulator's answers to the documentation's example requests have the
// documentation's example shapes (field names and JSON types), see doc-examples.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { DEFAULT_TEST_SCOPES, mintAccessToken } from '../testing/tokens';
import * as docs from './doc-examples';
import { shapeDifferences } from './shape';

let emulator: RunningEmulator;
let asAdele: GraphFetch;
const eventual = { headers: { ConsistencyLevel: 'eventual' } };

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator, { scopes: [...DEFAULT_TEST_SCOPES, 'GroupMember.Read.All'] }));
});
beforeEach(() => emulator.store.reset());
afterAll(async () => {
  await emulator.close();
});

async function expectShape(response: Response, example: unknown, status = 200): Promise<unknown> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  const body: unknown = JSON.parse(text);
  expect(shapeDifferences(body, example)).toEqual([]);
  return body;
}

describe('the shape checker', () => {
  it('reports missing properties and wrong types', () => {
    expect(shapeDifferences({ a: 1 }, { a: 'x', b: true })).toEqual(['$.a: expected string, got number', '$.b: missing']);
    expect(shapeDifferences({ v: [] }, { v: [{ id: 'x' }] })).toEqual(['$.v: expected a non-empty array']);
  });
});

describe('answers have the documented shapes', () => {
  it('POST …/invite (200)', async () => {
    await expectShape(
      await asAdele(
        '/v1.0/me/drive/root:/Notes.txt:/invite',
        jsonBody({
          recipients: [{ email: 'alex@contoso.test' }],
          message: "Here's the file that we're collaborating on.",
          requireSignIn: true,
          sendInvitation: true,
          roles: ['write'],
        }),
      ),
      docs.inviteResponse,
    );
  });

  it('POST …/invite (207 partial success)', async () => {
    await expectShape(
      await asAdele(
        '/v1.0/me/drive/root:/Notes.txt:/invite',
        jsonBody({
          recipients: [{ email: 'pradeep@contoso.test' }],
          requireSignIn: true,
          sendInvitation: true,
          roles: ['write'],
        }),
      ),
      docs.invitePartialResponse,
      207,
    );
  });

  it('GET …/permissions, with user and link permissions', async () => {
    const body = (await expectShape(await asAdele('/v1.0/me/drive/root:/Product brief.docx:/permissions'), docs.listPermissionsResponse)) as {
      value: { link?: { scope: string } }[];
    };
    expect(
      shapeDifferences(
        body.value.find((p) => p.link?.scope === 'anonymous'),
        docs.linkPermission,
      ),
    ).toEqual([]);
  });

  it('GET …/children', async () => {
    await expectShape(await asAdele('/v1.0/me/drive/root:/Reports:/children?$top=1&$orderby=name desc'), docs.listChildrenResponse);
  });

  it("GET …/root/search(q='…')", async () => {
    await expectShape(await asAdele("/v1.0/me/drive/root/search(q='archive')"), docs.searchResponse);
  });

  it('GET /me/drive/sharedWithMe', async () => {
    const response = await asAdele('/v1.0/me/drive/sharedWithMe');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { value: { file?: object }[] };
    // The docs' example entry is a file; compare with the file entries.
    expect(shapeDifferences({ value: body.value.filter((i) => i.file) }, docs.sharedWithMeResponse)).toEqual([]);
  });

  it('GET /shares/{encoded url}/driveItem', async () => {
    const notes = (await (await asAdele('/v1.0/me/drive/root:/Notes.txt')).json()) as { webUrl: string };
    await expectShape(await asAdele(`/v1.0/shares/u!${Buffer.from(notes.webUrl).toString('base64url')}/driveItem`), docs.sharedDriveItemResponse);
  });

  it('GET /me/people?$search=', async () => {
    await expectShape(await asAdele('/v1.0/me/people?$search="megan"'), docs.peopleResponse);
  });

  it('GET /users?$search=…&$count=true with ConsistencyLevel', async () => {
    await expectShape(
      await asAdele(`/v1.0/users?$search=${encodeURIComponent('"displayName:me"')}&$select=displayName,mail&$count=true`, eventual),
      docs.usersSearchResponse,
    );
  });

  it('GET /groups?$search=', async () => {
    await expectShape(await asAdele(`/v1.0/groups?$search=${encodeURIComponent('"displayName:retail"')}`, eventual), docs.groupsSearchResponse);
  });

  it('GET /organization', async () => {
    await expectShape(await asAdele('/v1.0/organization'), docs.organizationResponse);
  });

  it('POST /$batch', async () => {
    await expectShape(await asAdele('/v1.0/$batch', jsonBody({ requests: [{ id: '1', method: 'GET', url: '/me' }] })), docs.batchResponse);
  });

  it('an error', async () => {
    await expectShape(await asAdele('/v1.0/me/drive/root:/Nope.txt'), docs.errorResponse, 404);
  });
});
