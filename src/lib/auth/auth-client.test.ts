import { InteractionRequiredAuthError, BrowserAuthError, ProtocolMode, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../config/settings';
import { msalConfiguration, toAuthError } from './auth-client';
import { AuthConsentRequiredError, AuthInteractionRequiredError, AuthPopupBlockedError, AuthScopeRefusedError, AuthUnavailableError } from './auth-errors';

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

  it('says the sign-in window was blocked when MSAL could not open it, whichever of its two codes', () => {
    for (const code of ['popup_window_error', 'empty_window_error']) {
      const cause = new BrowserAuthError(code, 'Error opening popup window.');
      const error = toAuthError(cause, { scopes: ['People.Read'], interactive: true });
      expect(error).toBeInstanceOf(AuthPopupBlockedError);
      expect(error).toMatchObject({ code, cause });
    }
    expect(toAuthError(new BrowserAuthError('user_cancelled', 'closed'))).not.toBeInstanceOf(AuthPopupBlockedError);
  });

  it('maps other MSAL errors to AuthUnavailableError with their code', () => {
    const error = toAuthError(new BrowserAuthError('no_network_connectivity', 'offline'));
    expect(error).toBeInstanceOf(AuthUnavailableError);
    expect(error.code).toBe('no_network_connectivity');
    expect(error.message).toMatch(/could not be reached/);
  });
});

describe("toAuthError for a feature's extra scopes", () => {
  const notConsented = () =>
    new InteractionRequiredAuthError(
      'invalid_grant',
      'corr-1',
      'AADSTS65001: The user or administrator has not consented to use the application.',
      'consent_required',
    );

  it('asks for consent when the scopes cannot be had silently, naming them', () => {
    const error = toAuthError(notConsented(), { scopes: ['People.Read'] });
    expect(error).toBeInstanceOf(AuthConsentRequiredError);
    expect(error).toBeInstanceOf(AuthInteractionRequiredError);
    expect(error).toMatchObject({ scopes: ['People.Read'], code: 'invalid_grant' });
    expect(toAuthError(new InteractionRequiredAuthError('consent_required', 'corr-1'), { scopes: ['Sites.Read.All'] })).toBeInstanceOf(
      AuthConsentRequiredError,
    );
  });

  it('reports a refusal after the user was asked, naming the scopes', () => {
    const declined = new ServerError('access_denied', 'corr-1', 'AADSTS65004: User declined to consent to access the app.');
    const error = toAuthError(declined, { scopes: ['GroupMember.Read.All'], interactive: true });
    expect(error).toBeInstanceOf(AuthScopeRefusedError);
    expect(error).toMatchObject({ scopes: ['GroupMember.Read.All'], code: 'access_denied' });
    expect(toAuthError(notConsented(), { scopes: ['People.Read'], interactive: true })).toBeInstanceOf(AuthScopeRefusedError);
    expect(toAuthError(new ServerError('invalid_request', 'corr-1', 'See the docs', '', '90094'), { scopes: ['People.Read'] })).toBeInstanceOf(
      AuthScopeRefusedError,
    );
  });

  it('keeps the sign-in mapping when no extra scopes were asked for', () => {
    const error = toAuthError(notConsented());
    expect(error).toBeInstanceOf(AuthInteractionRequiredError);
    expect(error).not.toBeInstanceOf(AuthConsentRequiredError);
    expect(toAuthError(new InteractionRequiredAuthError('login_required', 'corr-1'), { scopes: ['People.Read'] })).not.toBeInstanceOf(AuthConsentRequiredError);
  });
});
