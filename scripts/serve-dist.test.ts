import type { AddressInfo } from 'node:net';
import { get as httpGet, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../src/config/content-security-policy';
import { loadSettings } from '../src/config/settings';
import { createDistServer } from './serve-dist';
import { HEADERS_FILE, IMMUTABLE_CACHE, staticWebAppConfig } from './security-headers';

// A build output in miniature: the pages, a hashed asset, an unhashed script, the compressed twins
// the build writes beside them (vite.config.ts), and the headers file.
const headers = securityHeaders(loadSettings({ VITE_EMBED_ALLOWED_ORIGINS: 'https://portal.contoso.com' }));
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>index</title>');
  writeFileSync(join(dir, 'redirect.html'), '<!doctype html><title>redirect</title>');
  writeFileSync(join(dir, 'embed.html'), '<!doctype html><title>embed</title>');
  writeFileSync(join(dir, 'embed.js'), 'window.ShareDialog = {};');
  writeFileSync(join(dir, 'assets', 'main-AbC123.js'), 'console.info("app");');
  for (const file of ['index.html', 'embed.js', join('assets', 'main-AbC123.js')]) {
    const body = readFileSync(join(dir, file));
    writeFileSync(join(dir, `${file}.gz`), gzipSync(body));
    writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body));
  }
  writeFileSync(join(dir, HEADERS_FILE), JSON.stringify({ headers }));
  server = createDistServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

/** The response as sent, bytes undecoded (fetch would decode them), for the given Accept-Encoding. */
function getRaw(path: string, acceptEncoding: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    httpGet(`${base}${path}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

async function get(path: string) {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, headers: response.headers, body: await response.text() };
}

describe('npm run serve', () => {
  it('serves each page for its route, and the app for any other route', async () => {
    expect((await get('/')).body).toContain('<title>index</title>');
    expect((await get('/embed')).body).toContain('<title>embed</title>');
    expect((await get('/redirect.html')).body).toContain('<title>redirect</title>');
    const deepRoute = await get('/some/route?target=%2FReports');
    expect(deepRoute.status).toBe(200);
    expect(deepRoute.body).toContain('<title>index</title>');
  });

  it('sends the build’s security headers with every response, a 404 included', async () => {
    for (const path of ['/', '/embed', '/embed.js', '/assets/main-AbC123.js', '/assets/gone-XyZ.js']) {
      const response = await get(path);
      expect(response.headers.get('content-security-policy'), path).toBe(
        contentSecurityPolicy(loadSettings({ VITE_EMBED_ALLOWED_ORIGINS: 'https://portal.contoso.com' })),
      );
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'self' https://portal.contoso.com");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options'), path).toBeNull();
    }
  });

  it('caches hashed assets for a year and makes pages and /embed.js revalidate', async () => {
    const asset = await get('/assets/main-AbC123.js');
    expect(asset.headers.get('cache-control')).toBe(IMMUTABLE_CACHE);
    expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
    for (const path of ['/', '/embed', '/embed.js']) {
      expect((await get(path)).headers.get('cache-control'), path).toBe('no-cache');
    }
  });

  it('sends the compressed twin a browser accepts, Brotli first, with the same type and headers', async () => {
    const brotli = await getRaw('/assets/main-AbC123.js', 'gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['vary']).toBe('Accept-Encoding');
    expect(brotli.headers['content-type']).toMatch(/^text\/javascript/);
    expect(brotli.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(brotli.headers['content-security-policy']).toContain("frame-ancestors 'self' https://portal.contoso.com");
    expect(brotliDecompressSync(brotli.body).toString()).toBe('console.info("app");');

    const gzip = await getRaw('/assets/main-AbC123.js', 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe('console.info("app");');

    // A page, the single-page fallback and the portal's script too.
    for (const path of ['/', '/some/route?target=%2FReports']) {
      const page = await getRaw(path, 'br');
      expect(page.headers['content-encoding'], path).toBe('br');
      expect(page.headers['content-type'], path).toMatch(/^text\/html/);
      expect(page.headers['cache-control'], path).toBe('no-cache');
      expect(brotliDecompressSync(page.body).toString(), path).toContain('<title>index</title>');
    }
    expect((await getRaw('/embed.js', 'gzip')).headers['content-encoding']).toBe('gzip');
  });

  it('sends the file as it is to a client that accepts no compression, or when the build wrote no twin', async () => {
    const plain = await getRaw('/assets/main-AbC123.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('console.info("app");');
    const noTwin = await getRaw('/embed', 'gzip, br');
    expect(noTwin.headers['content-encoding']).toBeUndefined();
    expect(noTwin.body.toString()).toContain('<title>embed</title>');
  });

  it('answers 404 for a missing file instead of the app', async () => {
    const missing = await get('/assets/gone-XyZ.js');
    expect(missing.status).toBe(404);
    expect(missing.body).not.toContain('<title>');
  });

  it('refuses to start on a folder the build did not write headers for', () => {
    const bare = mkdtempSync(join(tmpdir(), 'serve-dist-bare-'));
    try {
      expect(() => createDistServer(bare)).toThrow(/security-headers\.json is missing/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('staticwebapp.config.json', () => {
  it('carries the headers globally, caches only /assets for long, and routes the extra pages', () => {
    const config = staticWebAppConfig(headers, ['index.html', 'redirect.html', 'embed.html']);
    expect(config.globalHeaders).toEqual({ ...headers, 'Cache-Control': 'no-cache' });
    expect(config.routes).toEqual([
      { route: '/redirect', rewrite: '/redirect.html' },
      { route: '/embed', rewrite: '/embed.html' },
      { route: '/assets/*', headers: { 'Cache-Control': IMMUTABLE_CACHE } },
    ]);
    expect(config.navigationFallback.rewrite).toBe('/index.html');
  });
});
