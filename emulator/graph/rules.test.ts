// $batch, token lifetimes, the extended faults (latency, dropped connection, malformed body,
// fractions), resource-unit throttling and the Retry-After exposure setting.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../server';
import { graphFetch, jsonBody, type GraphFetch } from '../testing/graph-fetch';
import { signInHeadless } from '../testing/oidc-flow';
import { startTestEmulator } from '../testing/start';
import { mintAccessToken } from '../testing/tokens';

let emulator: RunningEmulator;
let asAdele: GraphFetch;

beforeAll(async () => {
  emulator = await startTestEmulator();
  asAdele = graphFetch(emulator, await mintAccessToken(emulator));
});
beforeEach(async () => {
  expect((await fetch(`${emulator.graphUrl}/_emulator/reset`, { method: 'POST' })).status).toBe(204);
});
afterAll(async () => {
  await emulator.close();
});

const control = (path: string, init?: RequestInit) => fetch(`${emulator.graphUrl}/_emulator${path}`, init);
const put = (path: string, body: unknown) => control(path, { ...jsonBody(body), method: 'PUT' });
const addFault = (rule: Record<string, unknown>) => control('/faults', jsonBody(rule));
const batch = (body: unknown) => asAdele('/v1.0/$batch', jsonBody(body));
const invite = { recipients: [{ email: 'alex@contoso.test' }], roles: ['read'] };

interface BatchAnswer {
  responses: { id: string; status: number; headers: Record<string, string>; body?: { value?: unknown[]; error?: { code: string } } }[];
}

describe('$batch', () => {
  it('runs requests with their own statuses, follows dependsOn and answers 424 after a failure', async () => {
    const response = await batch({
      requests: [
        { id: '1', method: 'GET', url: '/me' },
        { id: '2', method: 'GET', url: '/me/drive/root:/Nope.txt' },
        { id: '3', method: 'GET', url: '/me/drive/root/children', dependsOn: ['2'] },
        { id: '4', method: 'POST', url: '/me/drive/root:/Notes.txt:/invite', headers: { 'Content-Type': 'application/json' }, body: invite, dependsOn: ['1'] },
      ],
    });
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as BatchAnswer;
    expect(responses.map((r) => [r.id, r.status])).toEqual([
      ['1', 200],
      ['2', 404],
      ['3', 424],
      ['4', 200],
    ]);
    expect(responses[1]!.body!.error!.code).toBe('itemNotFound');
    expect(responses[3]!.body!.value).toHaveLength(1);
  });

  it('gives a throttled inner request its own 429 and Retry-After', async () => {
    await addFault({ path: '/invite$', status: 429, headers: { 'Retry-After': '7' } });
    const response = await batch({
      requests: [
        { id: 'a', method: 'GET', url: '/me' },
        { id: 'b', method: 'POST', url: '/me/drive/root:/Notes.txt:/invite', headers: { 'Content-Type': 'application/json' }, body: invite },
      ],
    });
    const { responses } = (await response.json()) as BatchAnswer;
    expect(responses.map((r) => r.status)).toEqual([200, 429]);
    expect(responses[1]!.headers['Retry-After']).toBe('7');
  });

  const inviteRequests = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `r${i}`,
      method: 'POST',
      url: '/me/drive/root:/Notes.txt:/invite',
      headers: { 'Content-Type': 'application/json' },
      body: invite,
    }));

  it('aims a fault with scope "inner" at requests inside a batch only', async () => {
    expect((await addFault({ path: '/invite$', scope: 'inner', status: 429, headers: { 'Retry-After': '1' }, times: 5 })).status).toBe(201);
    expect((await asAdele('/v1.0/me/drive/root:/Notes.txt:/invite', jsonBody(invite))).status).toBe(200);
    const { responses } = (await (await batch({ requests: inviteRequests(2) })).json()) as BatchAnswer;
    expect(responses.map((r) => [r.status, r.headers['Retry-After']])).toEqual([
      [429, '1'],
      [429, '1'],
    ]);
    expect((await addFault({ path: '/invite$', scope: 'sideways', status: 429 })).status).toBe(400);
  });

  it('answers a share of the inner requests 429 with their own Retry-After, the rest as usual', async () => {
    await addFault({ path: '/invite$', scope: 'inner', status: 429, fraction: 0.3, headers: { 'Retry-After': '1' } });
    const { responses } = (await (await batch({ requests: inviteRequests(20) })).json()) as BatchAnswer;
    const throttled = responses.filter((r) => r.status === 429);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled.length).toBeLessThan(20);
    expect(throttled.every((r) => r.headers['Retry-After'] === '1' && r.body?.error?.code === 'activityLimitReached')).toBe(true);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(20 - throttled.length);
  });

  it('counts HTTP requests per route, inner requests of a batch apart, through the control API', async () => {
    await batch({ requests: inviteRequests(3) });
    await asAdele('/v1.0/me');
    const counts = (await (await control('/requests')).json()) as {
      http: Record<string, number>;
      inner: Record<string, number>;
      total: { http: number; inner: number };
    };
    expect(counts.http).toEqual({ 'POST /v1.0/$batch': 1, 'GET /v1.0/me': 1 });
    expect(counts.inner).toEqual({ 'POST /v1.0/me/drive/root:/Notes.txt:/invite': 3 });
    const narrowed = (await (await control('/requests?method=POST&path=%5C%24batch')).json()) as { total: { http: number; inner: number } };
    expect(narrowed.total).toEqual({ http: 1, inner: 0 });
    expect((await control('/requests', { method: 'DELETE' })).status).toBe(204);
    expect(((await (await control('/requests')).json()) as { total: unknown }).total).toEqual({ http: 0, inner: 0 });
  });

  it('checks the token of every inner request as for a direct call', async () => {
    const stranger = graphFetch(emulator, 'not-a-token');
    const response = await stranger('/v1.0/$batch', jsonBody({ requests: [{ id: '1', method: 'GET', url: '/me' }] }));
    expect(response.status).toBe(200);
    const { responses } = (await response.json()) as BatchAnswer;
    expect(responses[0]).toMatchObject({ status: 401, body: { error: { code: 'InvalidAuthenticationToken' } } });
  });

  it('answers 504 for an inner request whose connection a fault dropped', async () => {
    await addFault({ path: '/me$', scope: 'inner', drop: true });
    const { responses } = (await (await batch({ requests: [{ id: '1', method: 'GET', url: '/me' }] })).json()) as BatchAnswer;
    expect(responses[0]).toMatchObject({ status: 504, body: { error: { code: 'gatewayTimeout' } } });
  });

  it.each([
    ['malformed JSON', '{"requests": ['],
    ['more than 20 requests', JSON.stringify({ requests: Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/me' })) })],
    [
      'duplicate ids (ignoring case)',
      JSON.stringify({
        requests: [
          { id: 'x', method: 'GET', url: '/me' },
          { id: 'X', method: 'GET', url: '/me' },
        ],
      }),
    ],
    ['a body without Content-Type', JSON.stringify({ requests: [{ id: '1', method: 'POST', url: '/me/drive/root/invite', body: {} }] })],
    ['an unknown dependency', JSON.stringify({ requests: [{ id: '1', method: 'GET', url: '/me', dependsOn: ['9'] }] })],
  ])('refuses the whole batch with 400 for %s', async (_name, body) => {
    const response = await asAdele('/v1.0/$batch', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    expect(response.status).toBe(400);
  });
});

describe('tokens', () => {
  it('issues access tokens with the lifetime set at run time', async () => {
    expect((await put('/settings', { accessTokenTtl: 5 })).status).toBe(200);
    const tokens = await signInHeadless(emulator.identityUrl, 'adele@contoso.test', emulator.store.password, { scopes: ['openid', 'profile', 'User.Read'] });
    expect(tokens.expires_in).toBeLessThanOrEqual(5);
    const expired = graphFetch(emulator, await mintAccessToken(emulator, { expiresInSeconds: -10 }));
    const body = (await (await expired('/v1.0/me')).json()) as { error: { code: string } };
    expect(body.error.code).toBe('InvalidAuthenticationToken');
  });
});

describe('faults', () => {
  it('drops the connection', async () => {
    await addFault({ path: '/me$', drop: true });
    await expect(asAdele('/v1.0/me')).rejects.toThrow();
    expect((await asAdele('/v1.0/me')).status).toBe(200);
  });

  it('sends a malformed body with a success status', async () => {
    await addFault({ path: '/children$', malformed: true });
    const response = await asAdele('/v1.0/me/drive/root/children');
    expect(response.status).toBe(200);
    await expect(response.clone().json()).rejects.toThrow();
  });

  it('adds latency to matching requests and globally', async () => {
    await addFault({ path: '/me$', delayMs: 300 });
    let start = performance.now();
    expect((await asAdele('/v1.0/me')).status).toBe(200);
    expect(performance.now() - start).toBeGreaterThanOrEqual(290);
    await put('/settings', { latencyMs: 200 });
    start = performance.now();
    await asAdele('/v1.0/me');
    expect(performance.now() - start).toBeGreaterThanOrEqual(190);
  });

  it('fails a fraction of matching requests, the same ones after every reset', async () => {
    const run = async () => {
      await control('/reset', { method: 'POST' });
      await addFault({ path: '/me$', status: 503, fraction: 0.5, headers: { 'Retry-After': '1' } });
      const statuses: number[] = [];
      for (let i = 0; i < 20; i += 1) statuses.push((await asAdele('/v1.0/me')).status);
      return statuses;
    };
    const first = await run();
    expect(first.filter((s) => s === 503).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(await run()).toEqual(first);
  });
});

describe('throttling and Retry-After exposure', () => {
  it('answers 429 with Retry-After past the resource-unit budget, counting permission calls at 5', async () => {
    await put('/settings', { throttle: { budget: 12, windowSeconds: 60 } });
    expect((await asAdele('/v1.0/me/drive/root:/Notes.txt:/permissions')).status).toBe(200);
    const second = await asAdele('/v1.0/me/drive/root:/Notes.txt:/permissions');
    expect(second.status).toBe(200);
    expect(second.headers.get('ratelimit-remaining')).toBe('2');
    const third = await asAdele('/v1.0/me/drive/root:/Notes.txt:/permissions');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await third.json()) as { error: { code: string } }).error.code).toBe('activityLimitReached');
    await put('/settings', { throttle: null });
    expect((await asAdele('/v1.0/me')).status).toBe(200);
  });

  it('exposes Retry-After to browsers only while the setting is on', async () => {
    const exposed = async () =>
      (await asAdele('/v1.0/me', { headers: { Origin: 'http://localhost:5173' } })).headers.get('access-control-expose-headers') ?? '';
    expect(await exposed()).toContain('Retry-After');
    await put('/settings', { exposeRetryAfter: false });
    expect(await exposed()).not.toContain('Retry-After');
    expect((await put('/settings', { exposeRetryAfter: 'no' })).status).toBe(400);
    await control('/reset', { method: 'POST' });
    expect(await exposed()).toContain('Retry-After');
  });
});
