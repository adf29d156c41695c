import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createGraphClient } from './graph-client';
import { parseRetryAfter } from './retry-policy';
import { GraphError } from './graph-error';

const BASE = 'https://graph.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const meSchema = z.object({ id: z.string(), displayName: z.string() });

function client(overrides: Partial<Parameters<typeof createGraphClient>[0]> = {}) {
  return createGraphClient({
    baseUrl: BASE,
    getAccessToken: () => Promise.resolve('token-1'),
    sleep: () => Promise.resolve(),
    newRequestId: () => 'crid-1',
    ...overrides,
  });
}

function graphError(status: number, code: string, headers: Record<string, string> = {}) {
  return HttpResponse.json(
    { error: { code, message: `msg ${code}`, innerError: { 'request-id': 'body-rid', date: '2026-11-22T01:00:00' } } },
    { status, headers: { 'request-id': 'rid-1', ...headers } },
  );
}

describe('createGraphClient', () => {
  it('sends the bearer token and a client-request-id, and parses the answer', async () => {
    let seen: Headers | undefined;
    server.use(
      http.get(`${BASE}/v1.0/me`, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json({ id: 'u1', displayName: 'Adele', extra: true }, { headers: { 'request-id': 'rid-9' } });
      }),
    );
    const response = await client().request({ method: 'GET', path: '/v1.0/me', schema: meSchema });
    expect(response).toEqual({ data: { id: 'u1', displayName: 'Adele' }, status: 200, requestId: 'rid-9' });
    expect(seen?.get('authorization')).toBe('Bearer token-1');
    expect(seen?.get('client-request-id')).toBe('crid-1');
  });

  it('turns a Graph error body into a GraphError with code, inner code and request id', async () => {
    server.use(
      http.post(`${BASE}/v1.0/x`, () =>
        HttpResponse.json(
          { error: { code: 'invalidRequest', message: 'Bad', innerError: { code: 'badArgument', 'request-id': 'b', innererror: { code: 'deeper' } } } },
          { status: 400, headers: { 'request-id': 'hdr-rid' } },
        ),
      ),
    );
    const error = await client()
      .request({ method: 'POST', path: '/v1.0/x', body: {}, schema: z.unknown() })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GraphError);
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'invalidRequest', innerCode: 'deeper', requestId: 'hdr-rid' });
  });

  it('survives an error body that is not Graph-shaped', async () => {
    server.use(http.get(`${BASE}/v1.0/x`, () => new HttpResponse('<html>gateway</html>', { status: 502 })));
    const error = await client()
      .request({ method: 'GET', path: '/v1.0/x', schema: z.unknown() })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'http', status: 502, code: 'http502' });
  });

  it('retries an idempotent request after 429, honouring Retry-After', async () => {
    let calls = 0;
    const sleep = vi.fn(() => Promise.resolve());
    server.use(
      http.get(`${BASE}/v1.0/me`, () => {
        calls += 1;
        return calls === 1 ? graphError(429, 'activityLimitReached', { 'Retry-After': '2.5' }) : HttpResponse.json({ id: 'u', displayName: 'A' });
      }),
    );
    const response = await client({ sleep }).request({ method: 'GET', path: '/v1.0/me', schema: meSchema });
    expect(response.data.id).toBe('u');
    expect(calls).toBe(2);
    expect(sleep).toHaveBeenCalledWith(2500, undefined);
  });

  it('never repeats a POST whose fate is unknown (504)', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE}/v1.0/invite`, () => {
        calls += 1;
        return graphError(504, 'gatewayTimeout');
      }),
    );
    await expect(client().request({ method: 'POST', path: '/v1.0/invite', body: {}, schema: z.unknown() })).rejects.toMatchObject({
      status: 504,
      ambiguous: true,
    });
    expect(calls).toBe(1);
  });

  it('gives up after the retry budget and reports the last error', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v1.0/me`, () => {
        calls += 1;
        return graphError(503, 'serviceNotAvailable');
      }),
    );
    await expect(client({ retry: { maxRetries: 2 } }).request({ method: 'GET', path: '/v1.0/me', schema: meSchema })).rejects.toMatchObject({
      code: 'serviceNotAvailable',
    });
    expect(calls).toBe(3);
  });

  it('does not wait for a Retry-After beyond its limit', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/v1.0/me`, () => {
        calls += 1;
        return graphError(429, 'activityLimitReached', { 'Retry-After': '300' });
      }),
    );
    await expect(client().request({ method: 'GET', path: '/v1.0/me', schema: meSchema })).rejects.toMatchObject({ retryAfterSeconds: 300 });
    expect(calls).toBe(1);
  });

  it('reports a network failure as a typed error', async () => {
    server.use(http.get(`${BASE}/v1.0/me`, () => HttpResponse.error()));
    await expect(client({ retry: { maxRetries: 0 } }).request({ method: 'GET', path: '/v1.0/me', schema: meSchema })).rejects.toMatchObject({
      kind: 'network',
      code: 'networkError',
    });
  });

  it('rejects an answer of the wrong shape instead of rendering it', async () => {
    server.use(http.get(`${BASE}/v1.0/me`, () => HttpResponse.json({ id: 42 })));
    await expect(client().request({ method: 'GET', path: '/v1.0/me', schema: meSchema })).rejects.toMatchObject({
      kind: 'invalid-response',
      code: 'invalidResponse',
    });
  });

  it('refuses to send the token to another origin', async () => {
    const getAccessToken = vi.fn(() => Promise.resolve('t'));
    await expect(client({ getAccessToken }).request({ method: 'GET', path: 'https://evil.test/v1.0/me', schema: meSchema })).rejects.toMatchObject({
      code: 'untrustedUrl',
    });
    expect(getAccessToken).not.toHaveBeenCalled();
  });

  it('passes auth errors through untouched', async () => {
    class AuthProblem extends Error {}
    const problem = new AuthProblem('sign in again');
    await expect(client({ getAccessToken: () => Promise.reject(problem) }).request({ method: 'GET', path: '/v1.0/me', schema: meSchema })).rejects.toBe(
      problem,
    );
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds, fractions and HTTP dates', () => {
    expect(parseRetryAfter('2.128')).toBe(2.128);
    expect(parseRetryAfter('Sun, 22 Nov 2026 01:00:10 GMT', Date.parse('Sun, 22 Nov 2026 01:00:00 GMT'))).toBe(10);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter('-3')).toBeUndefined();
    expect(parseRetryAfter('Sun, 22 Nov 2026 00:59:00 GMT', Date.parse('Sun, 22 Nov 2026 01:00:00 GMT'))).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
  });
});
