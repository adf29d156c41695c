import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { createGraphClient } from './graph-client';
import { pages, readAll, readPage } from './paging';

const BASE = 'https://graph.test';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const item = z.object({ id: z.string() });
const getAccessToken = vi.fn(() => Promise.resolve('t'));
const client = createGraphClient({ baseUrl: BASE, getAccessToken, sleep: () => Promise.resolve() });

/** A collection of `total` entries served `size` at a time, nextLinks absolute as Graph sends them. */
function collection(total: number, size: number, nextBase = BASE) {
  server.use(
    http.get(`${BASE}/v1.0/things`, ({ request }) => {
      const skip = Number(new URL(request.url).searchParams.get('$skiptoken') ?? '0');
      const value = Array.from({ length: Math.min(size, total - skip) }, (_, i) => ({ id: `t${skip + i}` }));
      const next = skip + size < total ? { '@odata.nextLink': `${nextBase}/v1.0/things?$skiptoken=${skip + size}` } : {};
      return HttpResponse.json({ value, ...next });
    }),
  );
}

describe('paging', () => {
  it('follows nextLinks to the end, page by page', async () => {
    collection(7, 3);
    const seen: string[][] = [];
    for await (const page of pages(client, { path: '/v1.0/things', item })) seen.push(page.items.map((entry) => entry.id));
    expect(seen).toEqual([['t0', 't1', 't2'], ['t3', 't4', 't5'], ['t6']]);
    expect(await readAll(client, { path: '/v1.0/things', item })).toHaveLength(7);
  });

  it('reads one page and hands back the nextLink (for infinite lists)', async () => {
    collection(5, 2);
    const page = await readPage(client, { path: '/v1.0/things', item });
    expect(page).toEqual({ items: [{ id: 't0' }, { id: 't1' }], nextLink: `${BASE}/v1.0/things?$skiptoken=2` });
  });

  it('refuses a nextLink to another origin before sending the token there', async () => {
    collection(5, 2, 'https://evil.test');
    getAccessToken.mockClear();
    await expect(readAll(client, { path: '/v1.0/things', item })).rejects.toMatchObject({ code: 'untrustedUrl' });
    expect(getAccessToken).toHaveBeenCalledTimes(1);
  });

  it('stops at the page cap with an error instead of a silently short list', async () => {
    collection(100, 10);
    await expect(readAll(client, { path: '/v1.0/things', item }, { maxPages: 3 })).rejects.toMatchObject({
      kind: 'invalid-response',
      code: 'pageLimitReached',
    });
    await expect(readAll(client, { path: '/v1.0/things', item }, { maxPages: 10 })).resolves.toHaveLength(100);
  });

  it('stops when Graph sends the same nextLink again', async () => {
    server.use(http.get(`${BASE}/v1.0/loop`, () => HttpResponse.json({ value: [{ id: 'a' }], '@odata.nextLink': `${BASE}/v1.0/loop` })));
    await expect(readAll(client, { path: `${BASE}/v1.0/loop`, item })).rejects.toMatchObject({ code: 'nextLinkLoop' });
  });
});
