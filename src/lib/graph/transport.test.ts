import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createGraphClient, type GraphClientOptions } from './graph-client';
import { GraphError } from './graph-error';
import type { RetryWait } from './retry-policy';

// Time-outs, Retry-After waits and backoff, on fake timers: nothing here waits for real.
const BASE = 'https://graph.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(Date.parse('2026-11-22T01:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  server.resetHandlers();
});
afterAll(() => server.close());

const listSchema = z.object({ value: z.array(z.object({ id: z.string() })) });
const ok = () => HttpResponse.json({ value: [{ id: 'p1' }] });
const throttled = (status: number, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { code: status === 429 ? 'activityLimitReached' : 'serviceNotAvailable', message: 'busy' } }, { status, headers });

function client(overrides: Partial<GraphClientOptions> = {}) {
  return createGraphClient({ baseUrl: BASE, getAccessToken: () => Promise.resolve('t'), newRequestId: () => 'crid', random: () => 0.5, ...overrides });
}

/** Counts the requests a handler sees. */
function counted(method: 'get' | 'post', path: string, answer: (call: number) => Response | Promise<Response>) {
  const calls = { count: 0 };
  server.use(http[method](`${BASE}${path}`, () => answer(++calls.count)));
  return calls;
}

const invite = { method: 'POST', path: '/v1.0/drives/d/items/i/invite', body: { recipients: [] }, schema: listSchema } as const;

describe('throttling (429/503) is retried for every method', () => {
  it('waits Retry-After before sending an invite again, twice, and tells the observer each time', async () => {
    const calls = counted('post', invite.path, (call) => (call <= 2 ? throttled(429, { 'Retry-After': '2' }) : ok()));
    const waits: RetryWait[] = [];
    const pending = client().request({ ...invite, onRetryWait: (wait) => waits.push(wait) });

    await vi.advanceTimersByTimeAsync(1_999);
    expect(calls.count).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls.count).toBe(2);
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(pending).resolves.toMatchObject({ status: 200, data: { value: [{ id: 'p1' }] } });
    expect(calls.count).toBe(3);
    expect(waits.map(({ attempt, delayMs, source, method }) => ({ attempt, delayMs, source, method }))).toEqual([
      { attempt: 2, delayMs: 2_000, source: 'retry-after', method: 'POST' },
      { attempt: 3, delayMs: 2_000, source: 'retry-after', method: 'POST' },
    ]);
    expect(waits[0]?.until).toBe(Date.parse('2026-11-22T01:00:02Z'));
    expect(waits[0]?.cause).toMatchObject({ kind: 'http', status: 429, ambiguous: false });
  });

  it('reads Retry-After given as an HTTP date', async () => {
    const calls = counted('post', invite.path, (call) => (call === 1 ? throttled(503, { 'Retry-After': 'Sun, 22 Nov 2026 01:00:05 GMT' }) : ok()));
    const waits: RetryWait[] = [];
    const pending = client().request({ ...invite, onRetryWait: (wait) => waits.push(wait) });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(calls.count).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ status: 200 });
    expect(waits[0]).toMatchObject({ delayMs: 5_000, source: 'retry-after' });
  });

  it('backs off exponentially with full jitter when Retry-After is missing or unreadable', async () => {
    const calls = counted('get', '/v1.0/me/people', (call) => (call === 1 ? throttled(503) : call === 2 ? throttled(429, { 'Retry-After': 'soon' }) : ok()));
    const waits: RetryWait[] = [];
    // random() = 0.5: half of 1 s, then half of 2 s.
    const pending = client({ onRetryWait: (wait) => waits.push(wait) }).request({ method: 'GET', path: '/v1.0/me/people', schema: listSchema });
    await vi.advanceTimersByTimeAsync(1_500);
    await expect(pending).resolves.toMatchObject({ status: 200 });
    expect(calls.count).toBe(3);
    expect(waits.map((wait) => [wait.delayMs, wait.source])).toEqual([
      [500, 'backoff'],
      [1_000, 'backoff'],
    ]);
  });

  it('caps the backoff and spreads it over the whole range', async () => {
    const delays: number[] = [];
    counted('get', '/v1.0/x', () => throttled(503));
    const pending = client({ random: () => 0.999, retry: { maxRetries: 7, budgetMs: 1e9, backoffCapMs: 8_000 } })
      .request({ method: 'GET', path: '/v1.0/x', schema: listSchema, onRetryWait: (wait) => delays.push(wait.delayMs) })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(100_000);
    expect(await pending).toMatchObject({ status: 503 });
    expect(delays).toEqual([999, 1_998, 3_996, 7_992, 7_992, 7_992, 7_992]);
  });

  it('does not start a retry whose wait would end past the overall budget', async () => {
    const calls = counted('post', invite.path, () => throttled(429, { 'Retry-After': '50' }));
    const pending = client()
      .request(invite)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(200_000);
    // Waits of 50 s and 50 s fit in 120 s; a third would end at 150 s.
    expect(calls.count).toBe(3);
    expect(await pending).toMatchObject({ kind: 'http', status: 429, retryAfterSeconds: 50 });
  });

  it('gives a Retry-After longer than one wait may be back to the caller at once', async () => {
    const calls = counted('post', invite.path, () => throttled(429, { 'Retry-After': '300' }));
    await expect(client().request(invite)).rejects.toMatchObject({ status: 429, retryAfterSeconds: 300 });
    expect(calls.count).toBe(1);
  });

  it('ends the wait at once when the caller cancels, without another request', async () => {
    const calls = counted('post', invite.path, () => throttled(429, { 'Retry-After': '20' }));
    const controller = new AbortController();
    const pending = client()
      .request({ ...invite, signal: controller.signal })
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(5_000);
    controller.abort();
    const error = await pending;
    expect(error).toBeInstanceOf(GraphError);
    // Graph carried out nothing: the dialog may safely say that nothing was sent.
    expect(error).toMatchObject({ kind: 'aborted', ambiguous: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls.count).toBe(1);
  });
});

describe('time-outs', () => {
  it('abandons a hung read after 20 s by default and retries it', async () => {
    const calls = counted('get', '/v1.0/me/people', async (call) => {
      if (call === 1) await delay('infinite');
      return ok();
    });
    const waits: RetryWait[] = [];
    const pending = client().request({ method: 'GET', path: '/v1.0/me/people', schema: listSchema, onRetryWait: (wait) => waits.push(wait) });
    await vi.advanceTimersByTimeAsync(19_999);
    expect(waits).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1 + 500);
    await expect(pending).resolves.toMatchObject({ status: 200 });
    expect(calls.count).toBe(2);
    expect(waits[0]?.cause).toMatchObject({ kind: 'timeout', code: 'timeout' });
  });

  it('gives a hung invite 30 s, then reports an ambiguous time-out and never sends it again', async () => {
    const calls = counted('post', invite.path, async () => {
      await delay('infinite');
      return ok();
    });
    const pending = client()
      .request(invite)
      .catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(29_999);
    let settled = false;
    void pending.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toMatchObject({ kind: 'timeout', status: 0, ambiguous: true, clientRequestId: 'crid' });
    await vi.advanceTimersByTimeAsync(120_000);
    expect(calls.count).toBe(1);
  });

  it('takes a time-out per request and per client', async () => {
    counted('get', '/v1.0/slow', async () => {
      await delay(3_000);
      return ok();
    });
    const quick = client({ retry: { maxRetries: 0 } })
      .request({ method: 'GET', path: '/v1.0/slow', schema: listSchema, timeoutMs: 1_000 })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await quick).toMatchObject({ kind: 'timeout' });
    const patient = client({ timeouts: { readMs: 5_000 } }).request({ method: 'GET', path: '/v1.0/slow', schema: listSchema });
    await vi.advanceTimersByTimeAsync(3_000);
    await expect(patient).resolves.toMatchObject({ status: 200 });
  });
});

describe('writes whose fate is unknown', () => {
  it('reports a dropped connection after an invite as an ambiguous network error, sent once', async () => {
    const calls = counted('post', invite.path, () => HttpResponse.error());
    await expect(client().request(invite)).rejects.toMatchObject({ kind: 'network', code: 'networkError', ambiguous: true });
    expect(calls.count).toBe(1);
  });

  it('retries a dropped read', async () => {
    const calls = counted('get', '/v1.0/me', (call) => (call === 1 ? HttpResponse.error() : HttpResponse.json({ value: [] })));
    const pending = client().request({ method: 'GET', path: '/v1.0/me', schema: listSchema });
    await vi.advanceTimersByTimeAsync(500);
    await expect(pending).resolves.toMatchObject({ status: 200 });
    expect(calls.count).toBe(2);
  });

  it('reports a cut answer to an invite as an ambiguous invalid response, sent once', async () => {
    const calls = counted(
      'post',
      invite.path,
      () => new HttpResponse('{"value":[{"id":"p', { status: 200, headers: { 'Content-Type': 'application/json', 'request-id': 'r-7' } }),
    );
    await expect(client().request(invite)).rejects.toMatchObject({ kind: 'invalid-response', status: 200, ambiguous: true, requestId: 'r-7' });
    expect(calls.count).toBe(1);
  });

  it('reports a well-formed answer of the wrong shape after a write as ambiguous too', async () => {
    counted('post', invite.path, () => HttpResponse.json({ value: 'nope' }));
    await expect(client().request(invite)).rejects.toMatchObject({ kind: 'invalid-response', code: 'invalidResponse', ambiguous: true });
  });

  it('marks a cancelled invite that was already on the wire as ambiguous', async () => {
    counted('post', invite.path, async () => {
      await delay('infinite');
      return ok();
    });
    const controller = new AbortController();
    const pending = client()
      .request({ ...invite, signal: controller.signal })
      .catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect(await pending).toMatchObject({ kind: 'aborted', ambiguous: true });
  });

  it('does not call Graph at all for a request cancelled before it starts', async () => {
    const getAccessToken = vi.fn(() => Promise.resolve('t'));
    await expect(client({ getAccessToken }).request({ ...invite, signal: AbortSignal.abort() })).rejects.toMatchObject({ kind: 'aborted', ambiguous: false });
    expect(getAccessToken).not.toHaveBeenCalled();
  });
});

describe('tokens', () => {
  it('retries a 401 once with a forcibly refreshed token, for writes too', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.post(`${BASE}${invite.path}`, ({ request }) => {
        seen.push(request.headers.get('authorization'));
        return seen.length === 1 ? HttpResponse.json({ error: { code: 'InvalidAuthenticationToken', message: 'expired' } }, { status: 401 }) : ok();
      }),
    );
    const getAccessToken = vi.fn((request?: { forceRefresh?: boolean | undefined }) => Promise.resolve(request?.forceRefresh ? 'fresh' : 'stale'));
    await expect(client({ getAccessToken }).request(invite)).resolves.toMatchObject({ status: 200 });
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(getAccessToken.mock.calls.map(([request]) => request?.forceRefresh)).toEqual([false, true]);
  });

  it('gives up after the second 401', async () => {
    const calls = counted('get', '/v1.0/me', () => HttpResponse.json({ error: { code: 'InvalidAuthenticationToken', message: 'no' } }, { status: 401 }));
    await expect(client().request({ method: 'GET', path: '/v1.0/me', schema: listSchema })).rejects.toMatchObject({
      kind: 'http',
      status: 401,
      code: 'InvalidAuthenticationToken',
    });
    expect(calls.count).toBe(2);
  });

  it('turns a claims challenge into a typed error carrying the decoded claims, without retrying', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}';
    const calls = counted('post', invite.path, () =>
      HttpResponse.json(
        { error: { code: 'InvalidAuthenticationToken', message: 'Continuous access evaluation resulted in challenge' } },
        {
          status: 401,
          headers: {
            'WWW-Authenticate': `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${btoa(claims)}"`,
          },
        },
      ),
    );
    const getAccessToken = vi.fn(() => Promise.resolve('t'));
    const error = await client({ getAccessToken })
      .request(invite)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'claims-challenge', status: 401, claims, ambiguous: false });
    expect(calls.count).toBe(1);
    expect(getAccessToken).toHaveBeenCalledTimes(1);
  });

  it('asks the token getter for the extra scopes a request names', async () => {
    counted('get', '/v1.0/me/people', () => ok());
    const getAccessToken = vi.fn(() => Promise.resolve('t'));
    await client({ getAccessToken }).request({ method: 'GET', path: '/v1.0/me/people', schema: listSchema, scopes: ['People.Read'] });
    expect(getAccessToken).toHaveBeenCalledWith({ scopes: ['People.Read'], forceRefresh: false });
  });
});
