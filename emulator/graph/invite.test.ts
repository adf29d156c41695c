// POST …/invite and the permissions it creates, as listed by Graph and by the control API.
import type * as MSGraph from '@microsoft/microsoft-graph-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { anyString, stringContaining, stringMatching } from '../testing/matchers';
import { mintAccessToken } from '../testing/tokens';

type Permission = MSGraph.Permission & Record<string, unknown>;
interface Collection<T> {
  '@odata.context': string;
  value: T[];
}
interface ErrorBody {
  error: { code: string; message: string };
}

let emulator: RunningEmulator;
let asAdele: GraphFetch;
let q3Id: string;
let driveId: string;
const Q3 = '/Reports/Q3 Report.xlsx';

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator));
  const q3 = (await (await asAdele(`/v1.0/me/drive/root:${Q3}`)).json()) as MSGraph.DriveItem;
  q3Id = q3.id!;
  driveId = q3.parentReference!.driveId!;
});
beforeEach(() => emulator.store.reset());
afterAll(async () => {
  await emulator.close();
});

const user = (email: string) => emulator.store.userByEmail(email)!;
const invite = (body: unknown, call: GraphFetch = asAdele, path = `/v1.0/drives/${driveId}/items/${q3Id}/invite`) => call(path, jsonBody(body));

async function json<T>(response: Response, status = 200): Promise<T> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return JSON.parse(text) as T;
}

async function listPermissions(call: GraphFetch = asAdele): Promise<Permission[]> {
  return (await json<Collection<Permission>>(await call(`/v1.0/drives/${driveId}/items/${q3Id}/permissions`))).value;
}

async function storedPermissions(): Promise<Permission[]> {
  const response = await fetch(`${emulator.graphUrl}/_emulator/users/adele@contoso.test/drive/item?path=${encodeURIComponent(Q3)}`);
  return (await json<{ permissions: Permission[] }>(response)).permissions;
}

function internalPermission(email: string, roles: string[]) {
  const u = user(email);
  return {
    '@odata.etag': anyString(),
    id: anyString(),
    roles,
    '@deprecated.GrantedTo': 'GrantedTo has been deprecated. Refer to GrantedToV2',
    grantedTo: { user: { id: u.id, displayName: u.displayName, email: u.mail } },
    grantedToV2: {
      user: { id: u.id, displayName: u.displayName, email: u.mail },
      siteUser: { id: stringMatching(/^\d+$/), displayName: u.displayName, email: u.mail, loginName: `i:0#.f|membership|${u.userPrincipalName}` },
    },
    invitation: { email: u.mail, signInRequired: true },
    hasPassword: false,
  };
}

describe('invite', () => {
  it('grants write to two directory users and lists exactly one permission each', async () => {
    const result = await json<Collection<Permission>>(
      await invite({
        recipients: [{ email: 'alex@contoso.test' }, { objectId: user('megan@contoso.test').id }],
        roles: ['write'],
        requireSignIn: true,
        sendInvitation: true,
        message: 'Please review before Friday.',
      }),
    );
    expect(result['@odata.context']).toBe(`${emulator.graphUrl}/v1.0/$metadata#Collection(permission)`);
    expect(result.value).toEqual([internalPermission('alex@contoso.test', ['write']), internalPermission('megan@contoso.test', ['write'])]);
    expect(result.value[0]!.id).not.toBe(result.value[1]!.id);

    const listed = await listPermissions();
    expect(listed).toHaveLength(3);
    expect(listed[0]).toMatchObject({ roles: ['owner'], grantedToV2: { user: { displayName: 'Adele Vance' } } });
    expect(listed.filter((p) => p.grantedToV2?.user?.id === user('alex@contoso.test').id)).toHaveLength(1);
    expect(listed.filter((p) => p.grantedToV2?.user?.id === user('megan@contoso.test').id)).toHaveLength(1);
    expect((await storedPermissions()).map((p) => p.id)).toEqual(result.value.map((p) => p.id));

    const invitations = await json<{ email: string; message: string; sendInvitation: boolean }[]>(await fetch(`${emulator.graphUrl}/_emulator/invitations`));
    expect(invitations.map((i) => [i.email, i.message, i.sendInvitation])).toEqual([
      ['alex@contoso.test', 'Please review before Friday.', true],
      ['megan@contoso.test', 'Please review before Friday.', true],
    ]);
  });

  it('updates the roles of someone already invited instead of adding a duplicate', async () => {
    const first = await json<Collection<Permission>>(await invite({ recipients: [{ email: 'alex@contoso.test' }], roles: ['write'] }));
    const second = await json<Collection<Permission>>(await invite({ recipients: [{ email: 'ALEX@contoso.test' }], roles: ['read'] }));
    expect(second.value[0]).toEqual({ ...internalPermission('alex@contoso.test', ['read']), id: first.value[0]!.id });
    const listed = await listPermissions();
    expect(listed).toHaveLength(2);
    expect(listed[1]).toMatchObject({ id: first.value[0]!.id, roles: ['read'] });
  });

  it('invites an outside address as a pending invitation without grantedTo', async () => {
    const result = await json<Collection<Permission>>(await invite({ recipients: [{ email: 'pat@fabrikam.example' }], roles: ['read'], requireSignIn: false }));
    expect(result.value).toEqual([
      {
        '@odata.etag': anyString(),
        id: anyString(),
        roles: ['read'],
        invitation: { email: 'pat@fabrikam.example', signInRequired: false },
        hasPassword: false,
      },
    ]);
    expect(await storedPermissions()).toEqual(result.value);
  });

  it('resolves an alias and accepts the other URL forms of the action', async () => {
    const byPath = await json<Collection<Permission>>(
      await invite({ recipients: [{ alias: 'Lee' }], roles: ['read'] }, asAdele, `/v1.0/me/drive/root:${encodeURI(Q3)}:/microsoft.graph.invite`),
    );
    expect(byPath.value[0]).toEqual(internalPermission('lee@contoso.test', ['read']));
    const byMe = await json<Collection<Permission>>(
      await invite({ recipients: [{ email: 'lee@contoso.test' }], roles: ['write'] }, asAdele, `/v1.0/me/drive/items/${q3Id}/invite`),
    );
    expect(byMe.value[0]!.id).toBe(byPath.value[0]!.id);
    expect((await json<Collection<Permission>>(await asAdele(`/v1.0/me/drive/items/${q3Id}/permissions`))).value).toHaveLength(2);
  });

  it('answers 404 for an unknown objectId and grants nothing to the other recipients', async () => {
    const body = await json<ErrorBody>(
      await invite({
        recipients: [{ email: 'alex@contoso.test' }, { objectId: '00000000-0000-0000-0000-00000000dead' }],
        roles: ['read'],
      }),
      404,
    );
    expect(body.error).toEqual(expect.objectContaining({ code: 'itemNotFound', message: 'One of the provided recipients could not be found' }));
    expect(await storedPermissions()).toEqual([]);
  });

  it('accepts a message of exactly 2000 characters', async () => {
    await json(await invite({ recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], message: 'x'.repeat(2000) }));
  });

  it.each([
    ['an unknown parameter', { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], notify: true }, /'notify'/],
    ['no recipients', { roles: ['read'] }, /recipients/],
    ['an empty recipients array', { recipients: [], roles: ['read'] }, /recipients/],
    ['recipients that is not an array', { recipients: { email: 'alex@contoso.test' }, roles: ['read'] }, /recipients/],
    ['a recipient that is not an object', { recipients: ['alex@contoso.test'], roles: ['read'] }, /Recipient 0/],
    ['a recipient with two identifiers', { recipients: [{ email: 'alex@contoso.test', objectId: 'x' }], roles: ['read'] }, /exactly one/],
    ['a recipient with no identifier', { recipients: [{}], roles: ['read'] }, /exactly one/],
    ['a recipient with an unknown property', { recipients: [{ mail: 'alex@contoso.test' }], roles: ['read'] }, /'mail'/],
    ['a non-string email', { recipients: [{ email: 42 }], roles: ['read'] }, /non-empty string/],
    ['an invalid email', { recipients: [{ email: 'alex@' }], roles: ['read'] }, /not valid/],
    ['an email with a space', { recipients: [{ email: 'alex wilber@contoso.test' }], roles: ['read'] }, /not valid/],
    ['no roles', { recipients: [{ email: 'alex@contoso.test' }] }, /^Invalid value for role$/],
    ['empty roles', { recipients: [{ email: 'alex@contoso.test' }], roles: [] }, /^Invalid value for role$/],
    ['the owner role', { recipients: [{ email: 'alex@contoso.test' }], roles: ['owner'] }, /^Invalid value for role$/],
    ['sp.owner', { recipients: [{ email: 'alex@contoso.test' }], roles: ['sp.owner'] }, /^Invalid value for role$/],
    ['a role string instead of an array', { recipients: [{ email: 'alex@contoso.test' }], roles: 'read' }, /^Invalid value for role$/],
    ['one unknown role among valid ones', { recipients: [{ email: 'alex@contoso.test' }], roles: ['read', 'edit'] }, /^Invalid value for role$/],
    ['a message over 2000 characters', { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], message: 'x'.repeat(2001) }, /2000/],
    ['a message that is not a string', { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], message: 7 }, /message/],
    ['a non-boolean requireSignIn', { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], requireSignIn: 'yes' }, /requireSignIn/],
    ['a non-boolean sendInvitation', { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], sendInvitation: 1 }, /sendInvitation/],
    [
      'an expiry on a direct invitation (ODB)',
      { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], expirationDateTime: '2030-01-01T00:00:00Z' },
      /expirationDateTime/,
    ],
    ['a password on a business drive', { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'], password: 'secret' }, /password/],
    ['a body that is an array', [{ email: 'alex@contoso.test' }], /JSON object/],
  ])('rejects %s with 400 invalidRequest', async (_name, body, message) => {
    const error = await json<ErrorBody>(await invite(body), 400);
    expect(error.error.code).toBe('invalidRequest');
    expect(error.error.message).toMatch(message);
    expect(await storedPermissions()).toEqual([]);
  });

  it('rejects malformed JSON with 400 invalidRequest', async () => {
    const response = await asAdele(`/v1.0/drives/${driveId}/items/${q3Id}/invite`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"recipients": [',
    });
    const error = await json<ErrorBody>(response, 400);
    expect(error.error).toMatchObject({ code: 'invalidRequest', message: stringContaining('Unable to read JSON request payload') });
  });

  it('lets only the owner or an editor invite', async () => {
    const alex = user('alex@contoso.test');
    const asAlex = graphFetch(emulator, await mintAccessToken(emulator, { userId: alex.id }));
    const body = { recipients: [{ email: 'megan@contoso.test' }], roles: ['read'] };
    expect((await json<ErrorBody>(await invite(body, asAlex), 403)).error.code).toBe('accessDenied');

    // Read access is not enough.
    await json(await invite({ recipients: [{ email: alex.mail }], roles: ['read'] }));
    await json(await invite(body, asAlex), 403);
    // Write on the folder reaches the file inside it.
    await json(await asAdele('/v1.0/me/drive/root:/Reports:/invite', jsonBody({ recipients: [{ email: alex.mail }], roles: ['write'] })));
    const shared = await json<Collection<Permission>>(await invite(body, asAlex));
    expect(shared.value[0]).toMatchObject({ roles: ['read'], grantedToV2: { user: { email: 'megan@contoso.test' } } });
  });

  it('shows a reader only the owner and their own permission', async () => {
    const alex = user('alex@contoso.test');
    await json(await invite({ recipients: [{ email: alex.mail }, { email: 'megan@contoso.test' }], roles: ['read'] }));
    const asAlex = graphFetch(emulator, await mintAccessToken(emulator, { userId: alex.id }));
    const seen = await listPermissions(asAlex);
    expect(seen.map((p) => p.roles)).toEqual([['owner'], ['read']]);
    expect(seen[1]!.grantedToV2?.user?.id).toBe(alex.id);
  });
});

describe('changing permissions', () => {
  it('PATCH changes roles, DELETE removes, and the owner permission stays', async () => {
    const [granted] = (await json<Collection<Permission>>(await invite({ recipients: [{ email: 'alex@contoso.test' }], roles: ['read'] }))).value;
    const base = `/v1.0/drives/${driveId}/items/${q3Id}/permissions`;
    const patched = await json<Permission>(await asAdele(`${base}/${granted!.id}`, { method: 'PATCH', body: JSON.stringify({ roles: ['write'] }) }));
    expect(patched).toMatchObject({ id: granted!.id, roles: ['write'] });
    await json(await asAdele(`${base}/${granted!.id}`, { method: 'PATCH', body: JSON.stringify({ roles: ['owner'] }) }), 400);
    expect((await json<Permission>(await asAdele(`${base}/${granted!.id}`))).roles).toEqual(['write']);

    const owner = (await listPermissions())[0]!;
    expect((await json<ErrorBody>(await asAdele(`${base}/${owner.id}`, { method: 'DELETE' }), 403)).error.code).toBe('accessDenied');

    const deleted = await asAdele(`${base}/${granted!.id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);
    expect(await listPermissions()).toEqual([owner]);
    await json(await asAdele(`${base}/${granted!.id}`, { method: 'DELETE' }), 404);
  });
});
