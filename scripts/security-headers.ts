import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, devContentSecurityPolicy, securityHeaders } from '../src/config/content-security-policy.ts';
import { loadSettings } from '../src/config/settings.ts';

/**
 * The app's security headers (src/config/content-security-policy.ts) on every server that serves
 * it. The policy is computed once, by the build, from the same settings the bundle is built with,
 * and written next to it; `vite preview`, `npm run serve` and Azure Static Web Apps all read that
 * copy. A server recomputing it from its own environment could disagree with the bundle (the
 * benchmark, for one, builds with overridden ports and previews without them).
 */

/** Written into the build output: `{ "headers": { name: value } }`. */
export const HEADERS_FILE = 'security-headers.json';
/** Azure Static Web Apps reads this from the root of the deployed folder. */
export const STATIC_WEB_APP_CONFIG = 'staticwebapp.config.json';

/** Hashed, never-changing files: cache for a year. Everything else revalidates on every use. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';
export const isHashedAsset = (pathname: string) => pathname.startsWith('/assets/');

export function readSecurityHeaders(dir: string): Record<string, string> {
  const file = join(dir, HEADERS_FILE);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: build the app first (npm run build) so its security headers are known.`);
  }
  const { headers } = JSON.parse(readFileSync(file, 'utf8')) as { headers: Record<string, string> };
  return headers;
}

/** staticwebapp.config.json for the build: headers, caching, and the pages' extension-less routes. */
export function staticWebAppConfig(headers: Record<string, string>, pages: readonly string[]) {
  return {
    // A route's headers override these, so only /assets/* is cached for long.
    globalHeaders: { ...headers, 'Cache-Control': REVALIDATE },
    routes: [
      ...pages.filter((page) => page !== 'index.html').map((page) => ({ route: `/${page.replace(/\.html$/, '')}`, rewrite: `/${page}` })),
      { route: '/assets/*', headers: { 'Cache-Control': IMMUTABLE_CACHE } },
    ],
    navigationFallback: { rewrite: '/index.html', exclude: ['/assets/*', '/*.{js,json,html,map,css,png,svg,ico}'] },
  };
}

/**
 * The CSP hash source ('sha256-…') of every inline script in these pages, as emitted: a script
 * element without src, its text exactly as the browser will hash it.
 */
export function inlineScriptHashes(pages: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const html of pages) {
    for (const match of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      hashes.add(
        `'sha256-${createHash('sha256')
          .update(match[1] ?? '', 'utf8')
          .digest('base64')}'`,
      );
    }
  }
  return [...hashes].sort();
}

function setHeaders(res: ServerResponse, headers: Record<string, string>) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
}

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const withHeaders =
  (headers: () => Record<string, string>): Middleware =>
  (_req, res, next) => {
    setHeaders(res, headers());
    next();
  };

export function securityHeadersPlugin(): Plugin {
  let env: Record<string, string | boolean | undefined> = {};
  let outDir = '';
  return {
    name: 'share-dialog:security-headers',
    configResolved(config) {
      // config.env is exactly what the bundle sees as import.meta.env for this mode.
      env = config.env as Record<string, string | boolean | undefined>;
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      // Vite's dev server gets the production policy plus what dev mode itself needs: the inline
      // React-refresh preamble (@vitejs/plugin-react) and the HMR websocket. Everything else,
      // frame-ancestors included, is as in production, so a violation shows up in `npm start`.
      const { host, port } = server.config.server;
      const hmrWebSocket = `ws://${typeof host === 'string' ? host : 'localhost'}:${port}`;
      const settings = loadSettings(env);
      const headers = securityHeaders(settings, devContentSecurityPolicy(settings, { hmrWebSocket }));
      server.middlewares.use(withHeaders(() => headers));
    },
    writeBundle(_options, bundle) {
      const pages = Object.keys(bundle).filter((name) => /^[^/]+\.html$/.test(name));
      // index.html carries public/boot.js inline (scripts/static-signed-out.ts): allowed by its hash.
      const html = pages.map((name) => {
        const page = bundle[name];
        return page?.type === 'asset' ? String(page.source) : '';
      });
      const settings = loadSettings(env);
      const headers = securityHeaders(settings, contentSecurityPolicy(settings, inlineScriptHashes(html)));
      writeFileSync(join(outDir, HEADERS_FILE), `${JSON.stringify({ headers }, null, 2)}\n`);
      writeFileSync(join(outDir, STATIC_WEB_APP_CONFIG), `${JSON.stringify(staticWebAppConfig(headers, pages), null, 2)}\n`);
    },
    configurePreviewServer(server) {
      // Read per request: a rebuild while preview runs changes the headers with the files.
      server.middlewares.use(withHeaders(() => readSecurityHeaders(outDir)));
    },
  };
}
