import type { Settings } from './settings';

/**
 * The security headers every page and file of the app is served with, derived from the same
 * settings the bundle is built with, so the policy names exactly the Graph endpoint, identity
 * provider and portals this build talks to. Pure (no DOM, no Node): the build (vite.config.ts)
 * and the static server use it; the app itself never does.
 */

/** The origin of an http(s) URL: scheme, host and port, no path. */
function originOf(url: string): string {
  return new URL(url).origin;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/** Every origin MSAL talks to: the authority and, for a non-Entra provider, its real endpoints. */
export function identityProviderOrigins(auth: Settings['auth']): string[] {
  const origins = [originOf(auth.authority)];
  if (auth.authorityMetadata) {
    const metadata = JSON.parse(auth.authorityMetadata) as Record<string, unknown>;
    for (const value of Object.values(metadata)) {
      if (typeof value === 'string' && URL.canParse(value)) origins.push(originOf(value));
    }
  }
  return unique(origins);
}

export type CspDirectives = Record<string, readonly string[]>;

/** What Vite's dev server needs on top of the production policy (see devContentSecurityPolicy). */
export interface DevServerAllowances {
  /** The dev server's HMR websocket, e.g. ws://localhost:5173. */
  hmrWebSocket: string;
}

export function contentSecurityPolicyDirectives(settings: Settings, dev?: DevServerAllowances, inlineScripts: readonly string[] = []): CspDirectives {
  const identity = identityProviderOrigins(settings.auth);
  return {
    'default-src': ["'self'"],
    // The bundle's own files, and the inline scripts the build put in its pages, each allowed by
    // its hash ('sha256-…', so no other inline script runs); no eval. In dev,
    // @vitejs/plugin-react injects an inline React-refresh preamble into index.html.
    'script-src': dev ? ["'self'", "'unsafe-inline'"] : ["'self'", ...inlineScripts],
    // Fluent UI's Griffel (makeStyles) inserts its style rules into <style> elements at run time,
    // and Fluent positions popovers with inline style attributes; a static site cannot hand out
    // per-response nonces, so inline styles stay allowed. Styles cannot run script.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Profile photos arrive from Graph as bytes and are shown as data: URLs; the favicon is data: too.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // fetch/XHR: Graph, and MSAL's calls to the identity provider (metadata, token endpoint).
    'connect-src': unique(["'self'", originOf(settings.graphBaseUrl), ...identity, ...(dev ? [dev.hmrWebSocket] : [])]),
    // MSAL renews tokens silently in a hidden iframe that opens the provider's authorize endpoint,
    // which redirects back to the app's own redirect page: both origins must be allowed as frames.
    'frame-src': unique(["'self'", ...identity]),
    // Who may frame the app: the portals in the embedding allowlist, and the app itself, because
    // MSAL's hidden renewal iframe lands on the app's own redirect.html inside the app's page.
    // X-Frame-Options is deliberately not sent: it cannot name an allowlist, and browsers that
    // understand frame-ancestors ignore it anyway.
    'frame-ancestors': unique(["'self'", ...settings.embed.allowedOrigins.map(originOf)]),
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'object-src': ["'none'"],
  };
}

export function serializeContentSecurityPolicy(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/**
 * The Content-Security-Policy header value for a production build with these settings;
 * `inlineScripts` are the hash sources of the inline scripts in its pages, e.g. 'sha256-…'.
 */
export function contentSecurityPolicy(settings: Settings, inlineScripts: readonly string[] = []): string {
  return serializeContentSecurityPolicy(contentSecurityPolicyDirectives(settings, undefined, inlineScripts));
}

/**
 * Vite's dev server: the production policy plus the inline React-refresh preamble and the HMR
 * websocket, so a new origin the app talks to (or a portal framing it) fails in `npm start`
 * already, not first in production.
 */
export function devContentSecurityPolicy(settings: Settings, dev: DevServerAllowances): string {
  return serializeContentSecurityPolicy(contentSecurityPolicyDirectives(settings, dev));
}

/** Every header the app's pages and files are served with. */
export function securityHeaders(settings: Settings, csp = contentSecurityPolicy(settings)): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    // Scripts and styles are only run as what the server says they are.
    'X-Content-Type-Options': 'nosniff',
    // Other sites see only the app's origin, never a path with ?target=… (an item's address). The
    // identity provider needs no Referer: MSAL sends everything it needs in the authorize request.
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}
