// Invite outcomes (207 partial success) and the permissions of seeded shared items: links,
// groups, inherited entries, PATCH and DELETE rules, and if-match.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { expectJson, graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { mintAccessToken } from '../testing/tokens';

type Permission = MSGraph.Permission & { '@odata.etag'?: string; error?: Record<string, unknown> };
interface Collection<T> {
  value: T[];
}

let emulator: RunningEmulator;
let asAdele: GraphFetch;
const tokenFor = async (mail: string) => graphFetch(emulator, await mintAccessToken(emulator, { userId: emulator.store.userByEmail(mail)!.id }));

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator));
});
beforeEach(() => emulator.store.reset());
afterAll(async () => {
  await emulator.close();
});

const json = expectJson;

const permissionsOf = async (path: string, call: GraphFetch = asAdele) =>
  (await json<Collection<Permission>>(await call(`/v1.0/me/drive/root:${path}:/permissions`))).value;

describe('invite outcomes', () => {
  it('answers 207 with a per-recipient error for seeded failing mailboxes and still grants them', async () => {
    const response = await asAdele(
      '/v1.0/me/drive/root:/Notes.txt:/invite',
      jsonBody({
        recipients: [
          { email: 'alex@contoso.test' },
          { email: 'unverified@fabrikam.test' },
          { email: 'crowded@fabrikam.test' },
          { email: 'pradeep@contoso.test' },
        ],
        roles: ['read'],
        sendInvitation: true,
      }),
    );
    const body = await json<Collection<Permission>>(response, 207);
    expect(body.value[0]!.error).toBeUndefined();
    expect(body.value.slice(1).map((p) => (p.error?.innererror as { code: string }).code)).toEqual([
      'accountVerificationRequired',
      'exchangeMaxRecipients',
      'exchangeInvalidUser',
    ]);
    expect(body.value[1]!.error).toEqual({
      code: 'notAllowed',
      message: expect.any(String) as unknown,
      localizedMessage: expect.any(String) as unknown,
      fixItUrl: expect.stringMatching(/^https:\/\//) as unknown,
      innererror: { code: 'accountVerificationRequired' },
    });
    // The internal one is a directory user, so it has grantedToV2; the outside ones only an invitation.
    expect(body.value[3]!.grantedToV2?.user?.displayName).toBe('Pradeep Gupta');
    expect(body.value[1]!.grantedToV2).toBeUndefined();
    expect((await permissionsOf('/Notes.txt')).length).toBe(5);
  });

  it('answers 200 for the same mailboxes when no invitation is sent', async () => {
    const response = await asAdele(
      '/v1.0/me/drive/root:/Notes.txt:/invite',
      jsonBody({
        recipients: [{ email: 'unverified@fabrikam.test' }],
        roles: ['read'],
        sendInvitation: false,
      }),
    );
    expect((await json<Collection<Permission>>(response)).value[0]!.error).toBeUndefined();
  });
});

describe('permissions of seeded shares', () => {
  it('lists the owner, a user, a group and two links with scope, type, expiry and password flag', async () => {
    const list = await permissionsOf('/Product brief.docx');
    expect(list.map((p) => [p.roles, p.grantedToV2?.user?.displayName ?? p.grantedToV2?.group?.displayName ?? p.link?.scope])).toEqual([
      [['owner'], 'Adele Vance'],
      [['write'], 'Megan Bowen'],
      [['read'], 'Retail Team'],
      [['read'], 'organization'],
      [['write'], 'anonymous'],
    ]);
    expect(list[4]).toMatchObject({
      link: {
        type: 'edit',
        scope: 'anonymous',
        webUrl: expect.stringMatching(/^https:\/\/contoso-my\.sharepoint\.test\/:w:\/g\/personal\/adele_contoso_test\//) as unknown,
      },
      expirationDateTime: '2027-01-31T00:00:00Z',
      hasPassword: true,
      shareId: expect.stringMatching(/^u!/) as unknown,
    });
    expect(list[3]).toMatchObject({ link: { type: 'view', scope: 'organization' }, hasPassword: false });
    expect(list[3]!.expirationDateTime).toBeUndefined();
  });

  it('shows someone without sharing rights only what applies to them, without link secrets', async () => {
    const asAlex = await tokenFor('alex@contoso.test');
    const adeleDrive = emulator.store.driveOfUser(emulator.store.userByEmail('adele@contoso.test')!.id)!;
    const roadmap = emulator.store.itemByPath(emulator.store.root(adeleDrive), '/Roadmap.pptx')!;
    const list = (await json<Collection<Permission>>(await asAlex(`/v1.0/drives/${adeleDrive.id}/items/${roadmap.id}/permissions`))).value;
    expect(list.map((p) => p.link?.scope ?? p.roles?.[0])).toEqual(['owner', 'users']);
    expect(list[1]!.link!.webUrl).toBeUndefined();
    expect(list[1]!.shareId).toBeUndefined();
    expect(list[1]!.grantedToIdentitiesV2!.map((i) => i.user?.displayName)).toEqual(['Alex Wilber', 'Kim Abercrombie']);
  });

  it('lists inherited permissions, with inheritedFrom only on a personal drive, and refuses to delete them', async () => {
    const business = await permissionsOf('/Projects/Launch plan.docx');
    expect(business.map((p) => p.grantedToV2?.user?.displayName)).toEqual(['Adele Vance', 'Alex Wilber']);
    expect(business[1]!.inheritedFrom).toBeUndefined();

    const asCasey = await tokenFor('casey@contoso.test');
    const personal = await permissionsOf('/Holiday/Beach.jpg', asCasey);
    const inherited = personal.find((p) => p.grantedToV2?.user?.displayName === 'Adele Vance')!;
    expect(inherited.inheritedFrom).toMatchObject({ driveType: 'personal', path: '/drive/root:/Holiday', id: expect.any(String) as unknown });
    const refused = await asCasey(`/v1.0/me/drive/root:/Holiday/Beach.jpg:/permissions/${inherited.id}`, { method: 'DELETE' });
    expect(refused.status).toBe(400);
    await json(await asCasey(`/v1.0/me/drive/root:/Holiday:/permissions/${inherited.id}`, { method: 'DELETE' }), 204);
  });

  it('changes roles only on user permissions', async () => {
    const list = await permissionsOf('/Product brief.docx');
    const [, megan, group, orgLink, anonymous] = list;
    const patch = (id: string, body: unknown) => asAdele(`/v1.0/me/drive/root:/Product brief.docx:/permissions/${id}`, { ...jsonBody(body), method: 'PATCH' });
    expect((await json<Permission>(await patch(megan!.id!, { roles: ['read'] }))).roles).toEqual(['read']);
    for (const p of [group!, orgLink!]) {
      expect((await json<{ error: { code: string } }>(await patch(p.id!, { roles: ['write'] }), 400)).error.code).toBe('invalidRequest');
    }
    // An anonymous link's expiry is the one thing a link permission's PATCH may change.
    expect((await json<Permission>(await patch(anonymous!.id!, { expirationDateTime: '2027-06-30T00:00:00Z' }))).expirationDateTime).toBe(
      '2027-06-30T00:00:00Z',
    );
  });

  it('honours if-match with the permission tag or the item eTag, and answers 412 when stale', async () => {
    const path = '/v1.0/me/drive/root:/Product brief.docx:';
    const [, megan] = await permissionsOf('/Product brief.docx');
    const url = `${path}/permissions/${megan!.id}`;
    const oldTag = megan!['@odata.etag']!;
    const changed = await asAdele(url, {
      ...jsonBody({ roles: ['read'] }),
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': oldTag },
    });
    expect(changed.headers.get('etag')).not.toBe(oldTag);
    await json(changed);
    const stale = await asAdele(url, { method: 'DELETE', headers: { 'If-Match': oldTag } });
    expect((await json<{ error: { code: string } }>(stale, 412)).error.code).toBe('resourceModified');
    const item = await json<MSGraph.DriveItem>(await asAdele(path));
    await json(await asAdele(url, { method: 'DELETE', headers: { 'If-Match': item.eTag! } }), 204);
    expect((await permissionsOf('/Product brief.docx')).map((p) => p.id)).not.toContain(megan!.id);
  });

  it('answers If-None-Match with 304 until the sharing of the item changes', async () => {
    const path = '/v1.0/me/drive/root:/Product brief.docx:';
    const { eTag } = await json<MSGraph.DriveItem>(await asAdele(path));
    const conditional = { headers: { 'If-None-Match': eTag! } };
    expect((await asAdele(`${path}/permissions`, conditional)).status).toBe(304);
    expect((await asAdele(path, conditional)).status).toBe(304);
    await json(await asAdele(`${path}/invite`, jsonBody({ recipients: [{ email: 'lee@contoso.test' }], roles: ['read'] })));
    expect((await asAdele(`${path}/permissions`, conditional)).status).toBe(200);
  });

  it('gets one permission, and never lets the owner entry be changed', async () => {
    const [owner, megan] = await permissionsOf('/Product brief.docx');
    const one = await asAdele(`/v1.0/me/drive/root:/Product brief.docx:/permissions/${megan!.id}`);
    expect(one.headers.get('etag')).toBe(megan!['@odata.etag']);
    expect((await json<Permission>(one)).grantedToV2?.user?.displayName).toBe('Megan Bowen');
    await json(await asAdele(`/v1.0/me/drive/root:/Product brief.docx:/permissions/${owner!.id}`, { method: 'DELETE' }), 403);
  });

  it('keeps Budget 2026.xlsx and Reports/Q3 Report.xlsx unshared at start', async () => {
    expect((await permissionsOf('/Budget 2026.xlsx')).map((p) => p.roles)).toEqual([['owner']]);
    expect((await permissionsOf('/Reports/Q3 Report.xlsx')).map((p) => p.roles)).toEqual([['owner']]);
  });
});
