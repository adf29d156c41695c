import { InteractionRequiredAuthError, BrowserAuthError, ProtocolMode } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../config/settings';
import { msalConfiguration, toAuthError } from './auth-client';
import { AuthInteractionRequiredError, AuthUnavailableError } from './auth-errors';

describe('msalConfiguration', () => {
  it('uses the bridge page, OIDC mode and static metadata for the local provider', () => {
    const config = msalConfiguration(loadSettings({}).auth, 'http://localhost:5173');
    expect(config.auth.redirectUri).toBe('http://localhost:5173/redirect.html');
    expect(config.auth.postLogoutRedirectUri).toBe('http://localhost:5173/');
    expect(config.auth.knownAuthorities).toEqual(['localhost:4000']);
    expect(config.auth.OIDCOptions?.defaultScopes).toEqual(['openid', 'profile', 'email']);
    expect(config.system?.protocolMode).toBe(ProtocolMode.OIDC);
    expect(JSON.parse(config.auth.authorityMetadata ?? '{}')).toMatchObject({ authorization_endpoint: 'http://localhost:4000/auth' });
  });

  it('in a portal’s frame, returns to the passive blank page and polls the popup (no bridge, no redirect)', () => {
    const config = msalConfiguration(loadSettings({}).auth, 'http://localhost:5173', 'embedded');
    expect(config.auth.redirectUri).toBe('http://localhost:5173/blank.html');
    expect(config.system?.enableLegacyPolling).toBe(true);
    expect(config.cache?.cacheLocation).toBe('sessionStorage');
  });

  it('is plain Entra ID configuration when pointed at Entra ID', () => {
    const config = msalConfiguration(
      loadSettings({ VITE_AUTHORITY: 'https://login.microsoftonline.com/organizations', VITE_AUTH_PROTOCOL: 'aad', VITE_OIDC_ENDPOINTS: '' }).auth,
      'https://portal.contoso.com',
    );
    expect(config.system?.protocolMode).toBe(ProtocolMode.AAD);
    expect(config.auth.authorityMetadata).toBeUndefined();
    expect(config.auth.OIDCOptions).toBeUndefined();
  });
});

describe('toAuthError', () => {
  it('maps MSAL interaction-required errors to AuthInteractionRequiredError, keeping the cause', () => {
    const cause = new InteractionRequiredAuthError('login_required', 'Sign in again');
    const error = toAuthError(cause);
    expect(error).toBeInstanceOf(AuthInteractionRequiredError);
    expect(error.code).toBe('login_required');
    expect(error.cause).toBe(cause);
  });

  it('maps other MSAL errors to AuthUnavailableError with their code', () => {
    const error = toAuthError(new BrowserAuthError('no_network_connectivity', 'offline'));
    expect(error).toBeInstanceOf(AuthUnavailableError);
    expect(error.code).toBe('no_network_connectivity');
    expect(error.message).toMatch(/could not be reached/);
  });
});
