import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../src/config/content-security-policy';
import { loadSettings } from '../src/config/settings';
import { createDistServer } from './serve-dist';
import { HEADERS_FILE, IMMUTABLE_CACHE, staticWebAppConfig } from './security-headers';

// A build output in miniature: the pages, a hashed asset, an unhashed script, and the headers file.
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
  writeFileSync(join(dir, HEADERS_FILE), JSON.stringify({ headers }));
  server = createDistServer(dir);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

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
