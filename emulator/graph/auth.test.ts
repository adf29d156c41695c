// Token validation, scope checks, and the shape every Graph error has.
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { graphFetch } from '../testing/graph-fetch';
import { startTestEmulator } from '../testing/start';
import { mintAccessToken } from '../testing/tokens';

interface ErrorBody {
  error: { code: string; message: string; innerError: Record<string, string> };
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

async function expectError(response: Response, status: number, code: string, message: string | RegExp): Promise<ErrorBody> {
  const body = (await response.json()) as ErrorBody;
  expect(response.status).toBe(status);
  expect(body.error.code).toBe(code);
  expect(body.error.message).toMatch(message);
  return body;
}

describe('authentication', () => {
  it('answers a request without a token with 401 and a Bearer challenge', async () => {
    const response = await graphFetch(emulator)('/v1.0/me');
    expect(response.headers.get('www-authenticate')).toBe(
      `Bearer realm="", authorization_uri="${emulator.identityUrl}/auth", client_id="00000003-0000-0000-c000-000000000000"`,
    );
    await expectError(response, 401, 'InvalidAuthenticationToken', /^Access token is empty\.$/);
  });

  it.each([
    ['a garbled token', () => Promise.resolve('not.a.jwt'), /^CompactToken parsing failed/],
    ['an expired token', async () => mintAccessToken(emulator, { expiresInSeconds: -120 }), /^Lifetime validation failed, the token is expired\.$/],
    ['a token for another audience', async () => mintAccessToken(emulator, { audience: 'api://other' }), /Invalid audience\.$/],
    ['a token from another issuer', async () => mintAccessToken(emulator, { issuer: 'https://login.example.test' }), /Invalid issuer\.$/],
    ['a token from another tenant', async () => mintAccessToken(emulator, { tenantId: '00000000-0000-0000-0000-000000000001' }), /Invalid tenant\.$/],
    [
      'a token signed with another key',
      async () => {
        const { privateKey } = await generateKeyPair('RS256');
        return mintAccessToken(emulator, { privateKey });
      },
      /Invalid signature\.$/,
    ],
  ])('rejects %s with 401', async (_name, makeToken, message) => {
    const response = await graphFetch(emulator, await makeToken())('/v1.0/me');
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer /);
    await expectError(response, 401, 'InvalidAuthenticationToken', message);
  });

  it('answers 403 when none of the operation’s scopes is in scp', async () => {
    const filesOnly = await mintAccessToken(emulator, { scopes: ['Files.Read'] });
    await expectError(await graphFetch(emulator, filesOnly)('/v1.0/me'), 403, 'accessDenied', 'Either scp or roles claim need to be present in the token.');
    // Files.Read can read the drive but cannot invite.
    expect((await graphFetch(emulator, filesOnly)('/v1.0/me/drive/root')).status).toBe(200);
    const invite = await graphFetch(emulator, filesOnly)('/v1.0/me/drive/root/invite', { method: 'POST', body: '{}' });
    await expectError(invite, 403, 'accessDenied', /scp or roles/);

    const noScp = await mintAccessToken(emulator, { scopes: null });
    await expectError(await graphFetch(emulator, noScp)('/v1.0/me'), 403, 'accessDenied', /scp or roles/);
  });

  it('treats the token’s oid as the signed-in user', async () => {
    const megan = emulator.store.userByEmail('megan@contoso.test')!;
    const response = await graphFetch(emulator, await mintAccessToken(emulator, { userId: megan.id }))('/v1.0/me');
    expect(await response.json()).toMatchObject({ id: megan.id, displayName: 'Megan Bowen' });
  });
});

describe('error responses', () => {
  it('carry request-id, client-request-id and date in the header and in innerError', async () => {
    const token = await mintAccessToken(emulator);
    const response = await graphFetch(emulator, token)('/v1.0/me/drive/items/01NOTANITEMXXXXXXXXXXXXXXXXXXXXXXX', {
      headers: { 'client-request-id': 'c0ffee00-0000-4000-8000-000000000001' },
    });
    const body = await expectError(response, 404, 'itemNotFound', 'The resource could not be found.');
    expect(response.headers.get('content-type')).toMatch(/^application\/json; odata\.metadata=minimal/);
    expect(response.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.error.innerError['request-id']).toBe(response.headers.get('request-id'));
    expect(response.headers.get('client-request-id')).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(body.error.innerError['client-request-id']).toBe('c0ffee00-0000-4000-8000-000000000001');
    expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    expect(Object.keys(body)).toEqual(['error']);
  });

  it('uses the request-id as client-request-id when the client sends none, fresh per request', async () => {
    const first = await graphFetch(emulator)('/v1.0/me');
    const second = await graphFetch(emulator)('/v1.0/me');
    expect(first.headers.get('client-request-id')).toBe(first.headers.get('request-id'));
    expect(first.headers.get('request-id')).not.toBe(second.headers.get('request-id'));
  });

  it('names an unknown segment, an unknown version, and a wrong method', async () => {
    const call = graphFetch(emulator, await mintAccessToken(emulator));
    await expectError(await call('/v1.0/me/drive/root/bogus'), 400, 'BadRequest', "Resource not found for the segment 'bogus'.");
    await expectError(await call('/v1.0/teams'), 400, 'BadRequest', "Resource not found for the segment 'teams'.");
    await expectError(await call('/v2.0/me'), 400, 'BadRequest', 'Invalid version: v2.0');
    const wrongMethod = await call('/v1.0/me', { method: 'DELETE' });
    expect(wrongMethod.headers.get('allow')).toBe('GET');
    await expectError(wrongMethod, 405, 'invalidRequest', /HTTP method 'DELETE'/);
  });
});
