import {
  BrowserCacheLocation,
  EventType,
  InteractionRequiredAuthError,
  ProtocolMode,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
  type Configuration,
  type EventMessage,
} from '@azure/msal-browser';
import type { AuthSettings } from '../../config/settings';
import { sessionStore } from '../storage';
import {
  AuthConsentRequiredError,
  AuthInteractionRequiredError,
  AuthPopupBlockedError,
  AuthScopeRefusedError,
  AuthUnavailableError,
  type InteractiveRequest,
  type TokenRequest,
} from './auth-errors';
import type { HostAuthClient } from './host-auth-client';

/**
 * `page`: the standalone app, signing in with a redirect. `embedded`: inside a portal's cross-site
 * iframe, where redirects are impossible and the v5 redirect bridge's BroadcastChannel is
 * partitioned away from the frame: sign in with a popup whose response MSAL reads by polling the
 * popup's URL once it is back on our passive blank page (popupRelayUri would need an https
 * authorize URL, which the local provider does not have; docs/local-identity-provider.md).
 */
export type AuthMode = 'page' | 'embedded';

export interface MsalAuthClient {
  readonly kind: 'msal';
  readonly pca: PublicClientApplication;
  /** `page` may sign in with a redirect; `embedded` only with a popup. */
  readonly mode: AuthMode;
  /** The sign-in scopes, held by every token. */
  readonly scopes: readonly string[];
  /**
   * A Graph access token, silently, for the sign-in scopes plus `request.scopes`; rejects with a
   * typed auth error: AuthConsentRequiredError (the extra scopes need the user's consent: call
   * `signIn({ scopes })` from a click), AuthScopeRefusedError (refused this session), or
   * AuthInteractionRequiredError / AuthUnavailableError as before.
   */
  getAccessToken: (request?: TokenRequest) => Promise<string>;
  /**
   * Starts interactive sign-in. Only call from a user's action. With `scopes`, asks consent for
   * them; with `claims` (a claims challenge), gets a token satisfying them. A refusal of the
   * scopes rejects with AuthScopeRefusedError naming them.
   */
  signIn: (request?: InteractiveRequest) => Promise<void>;
  signOut: () => Promise<void>;
}

/** Any source of Graph tokens: MSAL, or a portal that supplies them (host-auth-client.ts). */
export type AuthClient = MsalAuthClient | HostAuthClient;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string' ? error.errorCode : 'unknown_error';
}

function errorText(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const record = error as Record<string, unknown>;
  // errorNo is the AADSTS number MSAL read from error_codes or error_uri.
  const number = typeof record.errorNo === 'string' || typeof record.errorNo === 'number' ? `AADSTS${record.errorNo}` : undefined;
  return [record.subError, record.errorMessage, number].filter((part): part is string => typeof part === 'string').join(' ');
}

/**
 * Entra's consent answers: AADSTS65001 / `consent_required` (not consented yet), AADSTS65004 (the
 * user declined), AADSTS90094 / AADSTS90008 (an administrator must approve), `access_denied`.
 */
function consentProblem(error: unknown): 'required' | 'refused' | undefined {
  const code = errorCode(error);
  const text = errorText(error);
  if (code === 'access_denied' || /AADSTS(65004|90094|90008)\b/.test(text)) return 'refused';
  if (code === 'consent_required' || /\bconsent_required\b|AADSTS65001\b/.test(text)) return 'required';
  return undefined;
}

export interface AuthErrorContext {
  /** The extra scopes asked for, if any: consent failures then name them. */
  scopes?: readonly string[] | undefined;
  /** Whether the user was asked (an interactive request): "not consented" then means refused. */
  interactive?: boolean | undefined;
}

export function toAuthError(error: unknown, context: AuthErrorContext = {}): AuthInteractionRequiredError | AuthUnavailableError {
  if (error instanceof AuthInteractionRequiredError || error instanceof AuthUnavailableError) return error;
  const extra = context.scopes ?? [];
  const consent = extra.length > 0 ? consentProblem(error) : undefined;
  if (consent === 'refused' || (consent === 'required' && context.interactive)) {
    return new AuthScopeRefusedError(extra, errorCode(error), { cause: error });
  }
  if (consent === 'required') return new AuthConsentRequiredError(extra, errorCode(error), { cause: error });
  if (error instanceof InteractionRequiredAuthError) {
    return new AuthInteractionRequiredError(undefined, errorCode(error), { cause: error });
  }
  const code = errorCode(error);
  if (code === 'no_network_connectivity' || code === 'endpoints_resolution_error') {
    return new AuthUnavailableError('The sign-in service could not be reached. Check your connection and try again.', code, { cause: error });
  }
  if (code === 'popup_window_error' || code === 'empty_window_error') return new AuthPopupBlockedError(code, { cause: error });
  if (code === 'user_cancelled') {
    return new AuthUnavailableError('Sign-in was cancelled.', code, { cause: error });
  }
  return new AuthUnavailableError('Sign-in did not complete. Try again, and contact your administrator if it keeps failing.', code, {
    cause: error,
  });
}

/** The passive page a popup lands on in embedded mode; MSAL reads the response from its URL. */
export const BLANK_PAGE = '/blank.html';

export function msalConfiguration(settings: AuthSettings, origin: string, mode: AuthMode = 'page'): Configuration {
  const embedded = mode === 'embedded';
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      knownAuthorities: [settings.knownAuthority],
      ...(settings.authorityMetadata ? { authorityMetadata: settings.authorityMetadata } : {}),
      // MSAL v5 returns every interactive response through this bridge page.
      redirectUri: embedded ? `${origin}${BLANK_PAGE}` : `${origin}/redirect.html`,
      postLogoutRedirectUri: embedded ? `${origin}${BLANK_PAGE}` : `${origin}/`,
      ...(settings.protocol === 'oidc'
        ? // No offline_access: oidc-provider drops it from the grant, then refuses refreshes that ask for it.
          { OIDCOptions: { defaultScopes: ['openid', 'profile', 'email'] } }
        : {}),
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: {
      protocolMode: settings.protocol === 'oidc' ? ProtocolMode.OIDC : ProtocolMode.AAD,
      ...(embedded ? { enableLegacyPolling: true } : {}),
    },
  };
}

/** sessionStorage key for the extra scopes of a consent redirect under way (names only, no token). */
const PENDING_SCOPES_KEY = 'm365-share-dialog.consent-scopes';

function readPendingScopes(): string[] {
  const raw = sessionStore().getItem(PENDING_SCOPES_KEY);
  sessionStore().removeItem(PENDING_SCOPES_KEY);
  try {
    const parsed: unknown = raw === null ? [] : JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter((scope): scope is string => typeof scope === 'string') : [];
  } catch {
    // Written by us, but storage is shared with anything on this origin: unreadable means none.
    return [];
  }
}

/** The provider returns from sign-out to `/?state=…`; that state means nothing to the app. */
function forgetLogoutState() {
  const url = new URL(window.location.href);
  if (url.searchParams.has('state') && !url.searchParams.has('code')) {
    url.searchParams.delete('state');
    window.history.replaceState(window.history.state, '', url);
  }
}

export async function createAuthClient(
  settings: AuthSettings,
  origin = window.location.origin,
  mode: AuthMode = 'page',
): Promise<{
  client: MsalAuthClient;
  /** An error from the sign-in redirect that brought the user back, if any. */
  redirectError: AuthInteractionRequiredError | AuthUnavailableError | undefined;
}> {
  const pca = new PublicClientApplication(msalConfiguration(settings, origin, mode));
  await pca.initialize();
  pca.addEventCallback((message: EventMessage) => {
    if (message.eventType === EventType.LOGIN_SUCCESS && message.payload) {
      // In MSAL v5 the LOGIN_SUCCESS payload is the AccountInfo itself.
      pca.setActiveAccount(message.payload as AccountInfo);
    }
  });

  let redirectError: AuthInteractionRequiredError | AuthUnavailableError | undefined;
  const pendingScopes = readPendingScopes();
  try {
    const result: AuthenticationResult | null = await pca.handleRedirectPromise();
    if (result?.account) pca.setActiveAccount(result.account);
  } catch (error) {
    redirectError = toAuthError(error, { scopes: pendingScopes, interactive: true });
  }
  forgetLogoutState();
  if (!pca.getActiveAccount()) {
    const [first] = pca.getAllAccounts();
    if (first) pca.setActiveAccount(first);
  }

  const scopes = [...settings.scopes];
  /** Scopes beyond sign-in's: only those the caller asked for that sign-in did not cover. */
  const extraOf = (requested: readonly string[] | undefined) =>
    (requested ?? []).filter((scope) => !scopes.some((held) => held.toLowerCase() === scope.toLowerCase()));
  // Refused scopes stay refused for this page's life: asking again cannot change the tenant's mind.
  const refused = new Set<string>();
  const client: MsalAuthClient = {
    kind: 'msal',
    pca,
    mode,
    scopes,
    async getAccessToken(request = {}) {
      const account = pca.getActiveAccount();
      if (!account) throw new AuthInteractionRequiredError('You are not signed in.', 'no_account');
      const extra = extraOf(request.scopes);
      const refusedNow = extra.filter((scope) => refused.has(scope));
      if (refusedNow.length > 0) throw new AuthScopeRefusedError(refusedNow);
      try {
        const result = await pca.acquireTokenSilent({ scopes: [...scopes, ...extra], account, forceRefresh: request.forceRefresh === true });
        return result.accessToken;
      } catch (error) {
        const typed = toAuthError(error, { scopes: extra });
        if (typed instanceof AuthScopeRefusedError) typed.scopes.forEach((scope) => refused.add(scope));
        throw typed;
      }
    },
    async signIn(request = {}) {
      const extra = extraOf(request.scopes);
      const wanted = { scopes: [...scopes, ...extra], ...(request.claims ? { claims: request.claims } : {}) };
      const account = pca.getActiveAccount() ?? undefined;
      try {
        if (mode === 'embedded' || request.interaction === 'popup') {
          // Signed in already (a claims challenge, an expired session, more scopes): as that account.
          const result = account || extra.length > 0 || request.claims ? await pca.acquireTokenPopup({ ...wanted, account }) : await pca.loginPopup(wanted);
          pca.setActiveAccount(result.account);
        } else {
          // The answer comes back after a reload: remember what was asked, to name it if refused.
          if (extra.length > 0) sessionStore().setItem(PENDING_SCOPES_KEY, JSON.stringify(extra));
          await (extra.length > 0 || request.claims ? pca.acquireTokenRedirect({ ...wanted, account }) : pca.loginRedirect(wanted));
        }
      } catch (error) {
        sessionStore().removeItem(PENDING_SCOPES_KEY);
        const typed = toAuthError(error, { scopes: extra, interactive: true });
        if (typed instanceof AuthScopeRefusedError) typed.scopes.forEach((scope) => refused.add(scope));
        throw typed;
      }
    },
    async signOut() {
      const account = pca.getActiveAccount() ?? undefined;
      try {
        const logout = mode === 'embedded' ? pca.logoutPopup.bind(pca) : pca.logoutRedirect.bind(pca);
        await logout({
          account,
          // oidc-provider ignores post_logout_redirect_uri unless it can tell which client asks.
          ...(settings.protocol === 'oidc' ? { extraQueryParameters: { client_id: settings.clientId } } : {}),
        });
      } catch (error) {
        throw toAuthError(error);
      }
    },
  };
  return { client, redirectError };
}
