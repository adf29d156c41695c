import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { sendBatched, type BatchRequest, type BatchResult } from './batch';
import { createGraphClient } from './graph-client';

const BASE = 'https://graph.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface InnerRequest {
  id: string;
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}
type InnerAnswer = { id: string; status: number; headers?: Record<string, string>; body?: unknown };

/** A fake clock: waits advance it at once, so Retry-After waits are measured, never waited for. */
function clock() {
  const state = { now: 1_000_000, slept: [] as number[] };
  return {
    state,
    now: () => state.now,
    sleep: (ms: number, signal?: AbortSignal) => {
      if (signal?.aborted) return Promise.reject(new Error('aborted'));
      state.slept.push(ms);
      state.now += ms;
      return Promise.resolve();
    },
  };
}

function client(c = clock()) {
  return createGraphClient({
    baseUrl: BASE,
    getAccessToken: () => Promise.resolve('t'),
    newRequestId: () => 'crid',
    random: () => 0.5,
    sleep: c.sleep,
    now: c.now,
  });
}

/** Answers each batch with `answer` per inner request; records every batch it saw. */
function batchEndpoint(answer: (request: InnerRequest, call: number) => Omit<InnerAnswer, 'id'>, options: { reverse?: boolean; latencyMs?: number } = {}) {
  const seen: InnerRequest[][] = [];
  const live = { now: 0, max: 0 };
  server.use(
    http.post(`${BASE}/v1.0/$batch`, async ({ request }) => {
      const { requests } = (await request.json()) as { requests: InnerRequest[] };
      seen.push(requests);
      const call = seen.length;
      live.now += 1;
      live.max = Math.max(live.max, live.now);
      if (options.latencyMs) await delay(options.latencyMs);
      live.now -= 1;
      const responses = requests.map((r) => ({ id: r.id, ...answer(r, call) }));
      return HttpResponse.json({ responses: options.reverse ? responses.reverse() : responses }, { headers: { 'request-id': `batch-${call}` } });
    }),
  );
  return { seen, live };
}

const permissions = z.object({ value: z.array(z.object({ id: z.string() })) });
const invites = (n: number): BatchRequest<z.infer<typeof permissions>>[] =>
  Array.from({ length: n }, (_, i) => ({
    method: 'POST',
    path: `/v1.0/drives/d/items/item${i}/invite`,
    body: { recipients: [{ email: 'a@b.test' }], roles: ['write'] },
    schema: permissions,
  }));
const granted = (r: InnerRequest) => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: { value: [{ id: `p-${r.url.split('/')[4]}` }] } });

describe('sendBatched', () => {
  it('sends at most 20 requests per batch, with relative urls and Content-Type, and matches answers by id in any order', async () => {
    const { seen } = batchEndpoint(granted, { reverse: true });
    const results = await sendBatched(client(), invites(45));
    expect(seen.map((b) => b.length)).toEqual([20, 20, 5]);
    expect(seen[0]![0]).toMatchObject({
      method: 'POST',
      url: '/drives/d/items/item0/invite',
      headers: { 'Content-Type': 'application/json' },
      body: { roles: ['write'] },
    });
    expect(results.map((r) => (r.ok ? r.data.value[0]!.id : r.error.code))).toEqual(Array.from({ length: 45 }, (_, i) => `p-item${i}`));
    expect(results[44]).toMatchObject({ ok: true, status: 200, requestId: 'batch-3' });
  });

  it('keeps at most `concurrency` batches in flight', async () => {
    const { seen, live } = batchEndpoint(granted, { latencyMs: 20 });
    const results = await sendBatched(client(), invites(100), { concurrency: 2 });
    expect(seen).toHaveLength(5);
    expect(live.max).toBe(2);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('sends a throttled inner request again on its own after its own Retry-After, and tells the listener', async () => {
    const c = clock();
    const { seen } = batchEndpoint((r, call) =>
      call === 1 && r.id === '3'
        ? { status: 429, headers: { 'Retry-After': '2' }, body: { error: { code: 'activityLimitReached', message: 'slow down' } } }
        : granted(r),
    );
    const waits: number[] = [];
    const results = await sendBatched(client(c), invites(5), { sleep: c.sleep, now: c.now, onRetryWait: (w) => waits.push(w.delayMs) });
    expect(seen.map((b) => b.map((r) => r.id))).toEqual([['0', '1', '2', '3', '4'], ['3']]);
    expect(waits).toEqual([2_000]);
    expect(c.state.slept).toEqual([2_000]);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('gives up on an inner request throttled past maxRetries, with the typed 429', async () => {
    const c = clock();
    batchEndpoint((r) =>
      r.id === '0'
        ? { status: 503, headers: { 'retry-after': '1', 'request-id': 'inner-rid' }, body: { error: { code: 'serviceNotAvailable', message: 'busy' } } }
        : granted(r),
    );
    const results = await sendBatched(client(c), invites(2), { sleep: c.sleep, now: c.now, retry: { maxRetries: 2 } });
    expect(results[0]).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 503, code: 'serviceNotAvailable', requestId: 'inner-rid', retryAfterSeconds: 1 },
    });
    expect(results[1]).toMatchObject({ ok: true });
    expect(c.state.slept).toEqual([1_000, 1_000]);
  });

  it('reads an inner error as a GraphError with its code, inner code and request-id', async () => {
    batchEndpoint(() => ({
      status: 403,
      body: { error: { code: 'accessDenied', message: 'No rights', innerError: { code: 'notAllowed', 'request-id': 'rid-403' } } },
    }));
    const [result] = await sendBatched(client(), invites(1));
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'http', status: 403, code: 'accessDenied', innerCode: 'notAllowed', requestId: 'rid-403', message: 'No rights' },
    });
  });

  it('treats an answer missing or of the wrong shape as invalid, ambiguous for a write', async () => {
    server.use(
      http.post(`${BASE}/v1.0/$batch`, () =>
        HttpResponse.json({
          responses: [
            { id: '0', status: 200, body: { value: 'nope' } },
            { id: 'x', status: 'ok' },
          ],
        }),
      ),
    );
    const results = await sendBatched(client(), invites(2));
    expect(results[0]).toMatchObject({ ok: false, error: { kind: 'invalid-response', ambiguous: true } });
    expect(results[1]).toMatchObject({
      ok: false,
      error: { kind: 'invalid-response', ambiguous: true, message: 'Microsoft Graph did not answer this request of the batch.' },
    });
  });

  it('keeps dependsOn requests in one batch; a 424 after a throttled prerequisite goes again with it, after a failed one fails', async () => {
    const c = clock();
    const { seen } = batchEndpoint((r, call) => {
      if (r.id === '0' && call === 1) return { status: 429, headers: { 'Retry-After': '1' } };
      if (r.id === '2') return { status: 404, body: { error: { code: 'itemNotFound', message: 'gone' } } };
      if ((r.id === '1' && call === 1) || r.id === '3') return { status: 424, body: { error: { code: 'failedDependency', message: 'dep' } } };
      return granted(r);
    });
    const requests = invites(4);
    requests[1] = { ...requests[1]!, dependsOn: [0] };
    requests[3] = { ...requests[3]!, dependsOn: [2] };
    const results = await sendBatched(client(c), requests, { sleep: c.sleep, now: c.now, batchSize: 2 });
    expect(seen[0]).toEqual([expect.objectContaining({ id: '0' }), expect.objectContaining({ id: '1', dependsOn: ['0'] })]);
    expect(seen.flat().filter((r) => r.id === '1')).toHaveLength(2);
    expect(seen.flat().filter((r) => r.id === '3')).toHaveLength(1);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'ok', 'itemNotFound', 'failedDependency']);
  });

  it('leaves a whole-batch 503 to the client, which retries it', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/v1.0/$batch`, () => {
        calls += 1;
        if (calls === 1)
          return HttpResponse.json({ error: { code: 'serviceNotAvailable', message: 'busy' } }, { status: 503, headers: { 'Retry-After': '1' } });
        return HttpResponse.json({ responses: [{ id: '0', status: 200, body: { value: [] } }] });
      }),
    );
    const [result] = await sendBatched(client(), invites(1));
    expect(calls).toBe(2);
    expect(result).toMatchObject({ ok: true });
  });

  it('fails every request of a batch that failed as a whole with that error', async () => {
    server.use(
      http.post(`${BASE}/v1.0/$batch`, () =>
        HttpResponse.json({ error: { code: 'generalException', message: 'boom' } }, { status: 500, headers: { 'request-id': 'r500' } }),
      ),
    );
    const results = await sendBatched(client(), invites(3));
    expect(results.map((r) => !r.ok && [r.error.status, r.error.code, r.error.requestId])).toEqual([
      [500, 'generalException', 'r500'],
      [500, 'generalException', 'r500'],
      [500, 'generalException', 'r500'],
    ]);
  });

  it('stops between batches when cancelled: nothing more is sent, the rest is reported as not sent', async () => {
    const controller = new AbortController();
    const { seen } = batchEndpoint(granted);
    const outcomes: [number, BatchResult<unknown>][] = [];
    const results = await sendBatched(client(), invites(60), {
      concurrency: 1,
      signal: controller.signal,
      onResult: (index, result) => {
        outcomes.push([index, result]);
        if (index === 19) controller.abort();
      },
    });
    expect(seen).toHaveLength(1);
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    expect(results[20]).toMatchObject({ ok: false, error: { kind: 'aborted', ambiguous: false } });
    expect(outcomes).toHaveLength(60);
  });
});
