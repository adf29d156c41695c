import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  contentSecurityPolicyDirectives,
  devContentSecurityPolicy,
  identityProviderOrigins,
  securityHeaders,
} from './content-security-policy';
import { loadSettings } from './settings';

const entra = loadSettings({
  VITE_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
  VITE_AUTHORITY: 'https://login.microsoftonline.com/contoso.onmicrosoft.com',
  VITE_AUTH_PROTOCOL: 'aad',
  VITE_OIDC_ENDPOINTS: '',
  VITE_GRAPH_BASE_URL: 'https://graph.microsoft.com',
  VITE_EMBED_ALLOWED_ORIGINS: 'https://portal.contoso.com https://intranet.contoso.com:8443',
});

describe('contentSecurityPolicy', () => {
  it('is exactly this for the default (local emulator) settings', () => {
    expect(contentSecurityPolicy(loadSettings({}))).toBe(
      [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self' http://localhost:4001 https://localhost:4000 http://localhost:4000",
        "frame-src 'self' https://localhost:4000 http://localhost:4000",
        "frame-ancestors 'self' http://127.0.0.1:5180",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ].join('; '),
    );
  });

  it('names login.microsoftonline.com and graph.microsoft.com for Entra ID, without paths', () => {
    const directives = contentSecurityPolicyDirectives(entra);
    expect(directives['connect-src']).toEqual(["'self'", 'https://graph.microsoft.com', 'https://login.microsoftonline.com']);
    expect(directives['frame-src']).toEqual(["'self'", 'https://login.microsoftonline.com']);
    expect(directives['frame-ancestors']).toEqual(["'self'", 'https://portal.contoso.com', 'https://intranet.contoso.com:8443']);
    expect(contentSecurityPolicy(entra)).not.toMatch(/contoso\.onmicrosoft\.com|\/v1\.0/);
  });

  it('lists each origin once however often the settings name it', () => {
    const settings = loadSettings({
      VITE_AUTHORITY: 'https://id.contoso.com/tenant',
      VITE_OIDC_ENDPOINTS: 'https://id.contoso.com/oidc',
      VITE_GRAPH_BASE_URL: 'https://id.contoso.com/graph',
      VITE_EMBED_ALLOWED_ORIGINS: 'https://portal.contoso.com,https://portal.contoso.com',
    });
    expect(identityProviderOrigins(settings.auth)).toEqual(['https://id.contoso.com']);
    const directives = contentSecurityPolicyDirectives(settings);
    expect(directives['connect-src']).toEqual(["'self'", 'https://id.contoso.com']);
    expect(directives['frame-ancestors']).toEqual(["'self'", 'https://portal.contoso.com']);
  });

  it('never allows inline or evaluated script, plugins, or a foreign base URL', () => {
    for (const settings of [loadSettings({}), entra]) {
      const directives = contentSecurityPolicyDirectives(settings);
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'self'"]);
    }
  });

  it('allows the build’s own inline scripts by their hashes, and no other', () => {
    const policy = contentSecurityPolicy(loadSettings({}), ["'sha256-abc='"]);
    expect(policy).toContain("script-src 'self' 'sha256-abc=';");
    expect(policy.split('; ').find((directive) => directive.startsWith('script-src'))).not.toContain('unsafe-inline');
  });

  it('relaxes only the dev server: its inline React-refresh preamble and HMR websocket', () => {
    const settings = loadSettings({});
    const dev = devContentSecurityPolicy(settings, { hmrWebSocket: 'ws://localhost:5173' });
    expect(dev).toContain("script-src 'self' 'unsafe-inline';");
    expect(dev).toContain("connect-src 'self' http://localhost:4001 https://localhost:4000 http://localhost:4000 ws://localhost:5173;");
    expect(dev).toContain("frame-ancestors 'self' http://127.0.0.1:5180;");
    expect(dev).not.toContain('unsafe-eval');
  });
});

describe('securityHeaders', () => {
  it('sends nosniff and a referrer policy, and no X-Frame-Options (frame-ancestors decides)', () => {
    const headers = securityHeaders(entra);
    expect(headers).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(entra),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    });
    expect(Object.keys(headers).map((name) => name.toLowerCase())).not.toContain('x-frame-options');
  });
});
