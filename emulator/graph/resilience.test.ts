// The emulator's side of resilience testing: CORS only for the configured origins, a control API
// closed to other pages, faults that carry out a write and lose its answer, hang, or challenge
// for claims, and a tenant that refuses some scopes.
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_ID } from '../identity/constants';
import type { RunningEmulator } from '../server';
import { graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { signInHeadless, startAuthorization, submitCredentials, DEFAULT_REDIRECT_URI } from '../testing/oidc-flow';
import { startTestEmulator } from '../testing/start';
import { mintAccessToken } from '../testing/tokens';

const APP = 'http://localhost:5173';
const PORTAL = 'http://127.0.0.1:5180';
const PASSWORD = 'Contoso-Demo-2026';
let emulator: RunningEmulator;
let asAdele: GraphFetch;

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator));
});
beforeEach(async () => {
  expect((await control('/reset', { method: 'POST' })).status).toBe(204);
});
afterAll(async () => {
  await emulator.close();
});

const control = (path: string, init?: RequestInit) => fetch(`${emulator.graphUrl}/_emulator${path}`, init);
const addFault = async (rule: Record<string, unknown>) => {
  const response = await control('/faults', jsonBody(rule));
  expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
  return response.json() as Promise<Record<string, unknown>>;
};
const invitePath = '/v1.0/me/drive/root:/Notes.txt:/invite';
const inviteAlex = (init: RequestInit = {}) => asAdele(invitePath, { ...jsonBody({ recipients: [{ email: 'alex@contoso.test' }], roles: ['read'] }), ...init });
const invitations = async () => (await (await control('/invitations')).json()) as { email: string }[];

describe('CORS for the configured origins only', () => {
  it('answers the app and the portal, and nobody else', async () => {
    for (const origin of [APP, PORTAL]) {
      const response = await asAdele('/v1.0/me', { headers: { Origin: origin } });
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
    }
    const foreign = await asAdele('/v1.0/me', { headers: { Origin: 'https://intranet.example.test' } });
    expect(foreign.status).toBe(200);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${emulator.graphUrl}/v1.0/me`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://intranet.example.test', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps other pages away from the control API, even for requests browsers send unasked', async () => {
    const evil = { Origin: 'https://evil.example.test' };
    expect((await control('/accounts', { headers: evil })).status).toBe(403);
    expect((await control('/reset', { method: 'POST', headers: evil })).status).toBe(403);
    expect((await control('/faults', { method: 'POST', headers: { ...evil, 'Content-Type': 'text/plain' }, body: '{"path":"x","status":500}' })).status).toBe(
      403,
    );
    expect(await (await control('/faults')).json()).toEqual([]);
    const accounts = await control('/accounts', { headers: { Origin: APP } });
    expect(accounts.status).toBe(200);
    expect(accounts.headers.get('access-control-allow-origin')).toBe(APP);
  });

  it('answers the control API only under a loopback host name (no DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const url = new URL(`${emulator.graphUrl}/_emulator/accounts`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: { Host: `rebound.example.test:${url.port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
    expect((await fetch(`http://127.0.0.1:${url.port}/_emulator/accounts`)).status).toBe(200);
  });
});

describe('faults for ambiguous writes, time-outs and claims', () => {
  it('drop-after: the invite is carried out, then the connection is lost', async () => {
    const rule = await addFault({ method: 'POST', path: '/invite$', dropAfter: true });
    expect(rule).toMatchObject({ effect: { kind: 'drop-after' }, times: 1 });
    // The answer starts (so no client resends the request by itself) and breaks off mid-body.
    await expect(inviteAlex().then((response) => response.text())).rejects.toThrow(TypeError);
    expect((await invitations()).map((entry) => entry.email)).toEqual(['alex@contoso.test']);
    const item = (await (await control('/users/adele@contoso.test/drive/item?path=/Notes.txt')).json()) as { permissions: unknown[] };
    expect(item.permissions).toHaveLength(1);
  });

  it('delay: a request that fully arrived is carried out even when its client gives up during the delay', async () => {
    await addFault({ method: 'POST', path: '/invite$', delayMs: 400 });
    await expect(inviteAlex({ signal: AbortSignal.timeout(100) })).rejects.toThrow();
    await expect.poll(async () => (await invitations()).map((entry) => entry.email), { timeout: 3000 }).toEqual(['alex@contoso.test']);
  });

  it('hang: no answer until the client gives up; nothing is carried out', async () => {
    await addFault({ path: '/invite$', hang: true });
    const started = Date.now();
    await expect(inviteAlex({ signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await invitations()).toEqual([]);
    expect((await inviteAlex()).status).toBe(200);
  });

  it('claims: a 401 challenge with the claims in base64, as continuous access evaluation sends it', async () => {
    const claims = '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}';
    await addFault({ path: '/invite$', claims, times: 2 });
    await addFault({ path: '^/v1\\.0/me$', claims: true });
    for (let i = 0; i < 2; i += 1) {
      const response = await inviteAlex({ headers: { 'Content-Type': 'application/json', Origin: APP } });
      expect(response.status).toBe(401);
      const header = response.headers.get('www-authenticate') ?? '';
      expect(header).toMatch(
        /^Bearer realm="", authorization_uri="http:\/\/localhost:\d+\/auth", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="[A-Za-z0-9+/=]+"$/,
      );
      expect(Buffer.from(/claims="([^"]+)"/.exec(header)![1]!, 'base64').toString('utf8')).toBe(claims);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    }
    expect(await invitations()).toEqual([]);
    const me = await asAdele('/v1.0/me');
    const nbf = JSON.parse(Buffer.from(/claims="([^"]+)"/.exec(me.headers.get('www-authenticate') ?? '')![1]!, 'base64').toString('utf8')) as {
      access_token: { nbf: { value: string } };
    };
    expect(Number(nbf.access_token.nbf.value)).toBeGreaterThan(Date.now() / 1000 - 60);
    expect((await inviteAlex()).status).toBe(200);
  });

  it.each([
    [{ path: '/x', dropAfter: true, status: 500 }, /no status/],
    [{ path: '/x', hang: true, drop: true }, /only one of/],
    [{ path: '/x', claims: '[1]' }, /claims must be/],
    [{ path: '/x', claims: true, status: 401 }, /always 401/],
  ])('rejects the rule %j', async (rule, message) => {
    const response = await control('/faults', jsonBody(rule));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
  });
});

describe('scopes the tenant refuses', () => {
  const refuse = (refusedScopes: unknown) => control('/settings', { ...jsonBody(refusedScopes === undefined ? {} : { refusedScopes }), method: 'PUT' });
  const refresh = (refreshToken: string, scope: string) =>
    fetch(`${emulator.identityUrl}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: refreshToken, scope }).toString(),
    });

  it('is a setting, validated, and cleared by reset', async () => {
    expect(await (await refuse(['People.Read'])).json()).toMatchObject({ refusedScopes: ['People.Read'] });
    expect((await refuse(['Mail.Send'])).status).toBe(400);
    expect((await refuse('People.Read')).status).toBe(400);
    await control('/reset', { method: 'POST' });
    expect(await (await control('/settings')).json()).toMatchObject({ refusedScopes: [] });
  });

  it('grants a scope first asked for at refresh (incremental consent), as Entra refresh tokens do', async () => {
    const tokens = await signInHeadless(emulator.identityUrl, 'adele@contoso.test', PASSWORD, {
      scopes: ['openid', 'profile', 'email', 'User.Read', 'Files.ReadWrite.All'],
    });
    expect(decodeJwt(tokens.access_token).scp).toBe('User.Read Files.ReadWrite.All');
    const response = await refresh(tokens.refresh_token!, 'User.Read Files.ReadWrite.All People.Read openid profile email');
    const body = (await response.json()) as { access_token: string };
    expect(response.status).toBe(200);
    expect(String(decodeJwt(body.access_token).scp).split(' ').sort()).toEqual(['Files.ReadWrite.All', 'People.Read', 'User.Read']);
    expect((await graphFetch(emulator, body.access_token)('/v1.0/me/people?$top=1')).status).toBe(200);
  });

  it('answers a refresh naming a refused scope with invalid_grant / consent_required, and Graph 403 without it', async () => {
    const tokens = await signInHeadless(emulator.identityUrl, 'adele@contoso.test', PASSWORD, {
      scopes: ['openid', 'profile', 'email', 'User.Read', 'Files.ReadWrite.All'],
    });
    await refuse(['People.Read']);
    const response = await refresh(tokens.refresh_token!, 'User.Read Files.ReadWrite.All People.Read openid profile email');
    expect(response.status).toBe(400);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ error: 'invalid_grant', suberror: 'consent_required', error_codes: [65001] });
    expect(body.error_description).toMatch(/^AADSTS65001: .*People\.Read/);
    // The refresh token still works for what was granted.
    const granted = await refresh(tokens.refresh_token!, 'User.Read Files.ReadWrite.All openid profile email');
    expect(granted.status).toBe(200);
    const people = await graphFetch(emulator, tokens.access_token)('/v1.0/me/people');
    expect(people.status).toBe(403);
  });

  it("sends a sign-in asking for a refused scope back with Entra's consent errors", async () => {
    const first = await startAuthorization(emulator.identityUrl, { scopes: ['openid', 'profile', 'email', 'User.Read'] });
    await submitCredentials(first, 'adele@contoso.test', PASSWORD);
    await refuse(['GroupMember.Read.All']);
    const ask = async (prompt?: string, mode = 'query') => {
      const url = new URL('/auth', emulator.identityUrl);
      url.search = new URLSearchParams({
        client_id: CLIENT_ID,
        response_type: 'code',
        response_mode: mode,
        redirect_uri: DEFAULT_REDIRECT_URI,
        scope: 'openid profile User.Read GroupMember.Read.All',
        state: 's1',
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
        ...(prompt ? { prompt } : {}),
      }).toString();
      const response = await first.client.request(url.toString());
      expect(response.status).toBe(302);
      return response.headers.get('location') ?? '';
    };
    const silent = new URL(await ask('none'));
    expect(`${silent.origin}${silent.pathname}`).toBe(DEFAULT_REDIRECT_URI);
    expect(Object.fromEntries(silent.searchParams)).toMatchObject({ error: 'consent_required', state: 's1' });
    expect(silent.searchParams.get('error_description')).toMatch(/^AADSTS65001.*GroupMember\.Read\.All/);
    expect(silent.searchParams.get('error_uri')).toMatch(/code=65001$/);
    const interactive = new URL((await ask(undefined, 'fragment')).replace('#', '?'));
    expect(Object.fromEntries(interactive.searchParams)).toMatchObject({ error: 'access_denied', state: 's1' });
    expect(interactive.searchParams.get('error_description')).toMatch(/^AADSTS65004/);
    // A foreign redirect URI is never used for the error.
    const url = new URL('/auth', emulator.identityUrl);
    url.search = new URLSearchParams({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: 'https://evil.test/',
      scope: 'openid GroupMember.Read.All',
      state: 's',
    }).toString();
    expect((await first.client.request(url.toString())).headers.get('location') ?? '').not.toMatch(/^https:\/\/evil\.test/);
  });
});
