import { describe, expect, it } from 'vitest';
import { loadSettings, SettingsError } from './settings';

describe('loadSettings', () => {
  it('defaults to the local emulator', () => {
    const settings = loadSettings({});
    expect(settings.graphBaseUrl).toBe('http://localhost:4001');
    expect(settings.auth).toMatchObject({
      clientId: 'share-dialog-spa',
      authority: 'https://localhost:4000',
      knownAuthority: 'localhost:4000',
      protocol: 'oidc',
      // Sign-in asks only for the profile and the files; features ask for theirs when first used.
      scopes: ['User.Read', 'Files.ReadWrite.All'],
    });
    expect(settings.recipientCap).toBe(50);
    expect(JSON.parse(settings.auth.authorityMetadata ?? '')).toMatchObject({
      issuer: 'http://localhost:4000',
      token_endpoint: 'http://localhost:4000/token',
    });
  });

  it('points at Entra ID and Graph with settings alone', () => {
    const settings = loadSettings({
      VITE_CLIENT_ID: '11111111-2222-3333-4444-555555555555',
      VITE_AUTHORITY: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/',
      VITE_AUTH_PROTOCOL: 'aad',
      VITE_OIDC_ENDPOINTS: '',
      VITE_GRAPH_BASE_URL: 'https://graph.microsoft.com',
      VITE_SCOPES: 'Files.ReadWrite.All, User.Read',
    });
    expect(settings.auth.authority).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com');
    expect(settings.auth.authorityMetadata).toBeUndefined();
    expect(settings.auth.scopes).toEqual(['Files.ReadWrite.All', 'User.Read']);
    expect(settings.graphBaseUrl).toBe('https://graph.microsoft.com');
  });

  it('names every invalid setting', () => {
    expect(() => loadSettings({ VITE_AUTHORITY: 'http://localhost:4000', VITE_GRAPH_BASE_URL: 'not a url' })).toThrow(SettingsError);
    try {
      loadSettings({ VITE_AUTHORITY: 'http://localhost:4000', VITE_GRAPH_BASE_URL: 'not a url', VITE_AUTH_PROTOCOL: 'saml' });
    } catch (error) {
      const problems = (error as SettingsError).problems.join('\n');
      expect(problems).toMatch(/VITE_AUTHORITY must be an https URL/);
      expect(problems).toMatch(/VITE_GRAPH_BASE_URL/);
      expect(problems).toMatch(/VITE_AUTH_PROTOCOL/);
    }
  });

  it('reads the recipient cap as a whole number between 1 and 500', () => {
    expect(loadSettings({ VITE_RECIPIENT_CAP: '120' }).recipientCap).toBe(120);
    for (const value of ['0', '12.5', 'many', '501']) {
      expect(() => loadSettings({ VITE_RECIPIENT_CAP: value }), value).toThrow(/VITE_RECIPIENT_CAP must be/);
    }
  });

  it('reads the Graph time-outs as milliseconds, 20 s for reads and 30 s for writes by default', () => {
    expect(loadSettings({}).graphTimeouts).toEqual({ readMs: 20_000, writeMs: 30_000 });
    expect(loadSettings({ VITE_GRAPH_READ_TIMEOUT_MS: '3000', VITE_GRAPH_WRITE_TIMEOUT_MS: '4000' }).graphTimeouts).toEqual({ readMs: 3000, writeMs: 4000 });
    for (const value of ['999', '2.5', 'soon', '300001']) {
      expect(() => loadSettings({ VITE_GRAPH_READ_TIMEOUT_MS: value }), value).toThrow(/VITE_GRAPH_READ_TIMEOUT_MS must be/);
      expect(() => loadSettings({ VITE_GRAPH_WRITE_TIMEOUT_MS: value }), value).toThrow(/VITE_GRAPH_WRITE_TIMEOUT_MS must be/);
    }
  });

  it('reads the embedding allowlist as exact origins', () => {
    expect(loadSettings({}).embed.allowedOrigins).toEqual(['http://127.0.0.1:5180']);
    expect(loadSettings({ VITE_EMBED_ALLOWED_ORIGINS: 'https://portal.contoso.com, https://intranet.contoso.com:8443' }).embed.allowedOrigins).toEqual([
      'https://portal.contoso.com',
      'https://intranet.contoso.com:8443',
    ]);
    for (const value of ['https://portal.contoso.com/', 'https://portal.contoso.com/home', 'portal.contoso.com', 'ftp://portal.contoso.com']) {
      expect(() => loadSettings({ VITE_EMBED_ALLOWED_ORIGINS: value }), value).toThrow(/VITE_EMBED_ALLOWED_ORIGINS/);
    }
  });
});
