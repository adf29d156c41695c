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
import { AuthInteractionRequiredError, AuthUnavailableError } from './auth-errors';
import type { HostAuthClient } from './host-auth-client';

/**
 * `page`: the standalone app, signing in with a redirect. `embedded`: inside a portal's cross-site
 * iframe, where redirects are impossible and the v5 redirect bridge's BroadcastChannel is
 * partitioned away from the frame: sign in with a popup whose response MSAL reads by polling the
 * popup's URL once it is back on our passive blank page (msal-local-oidc.md §4; popupRelayUri
 * would need an https authorize URL, which the local provider does not have).
 */
export type AuthMode = 'page' | 'embedded';

export interface MsalAuthClient {
  readonly kind: 'msal';
  readonly pca: PublicClientApplication;
  readonly scopes: readonly string[];
  /** A Graph access token, silently; rejects with a typed auth error. */
  getAccessToken: () => Promise<string>;
  /** Starts interactive sign-in. Only call from a user's action. */
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
}

/** Any source of Graph tokens: MSAL, or a portal that supplies them (host-auth-client.ts). */
export type AuthClient = MsalAuthClient | HostAuthClient;

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'errorCode' in error && typeof error.errorCode === 'string'
    ? error.errorCode
    : 'unknown_error';
}

export function toAuthError(error: unknown): AuthInteractionRequiredError | AuthUnavailableError {
  if (error instanceof AuthInteractionRequiredError || error instanceof AuthUnavailableError) return error;
  if (error instanceof InteractionRequiredAuthError) {
    return new AuthInteractionRequiredError(undefined, errorCode(error), { cause: error });
  }
  const code = errorCode(error);
  if (code === 'no_network_connectivity' || code === 'endpoints_resolution_error') {
    return new AuthUnavailableError('The sign-in service could not be reached. Check your connection and try again.', code, { cause: error });
  }
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

/** The provider returns from sign-out to `/?state=…`; that state means nothing to the app. */
function forgetLogoutState() {
  const url = new URL(window.location.href);
  if (url.searchParams.has('state') && !url.searchParams.has('code')) {
    url.searchParams.delete('state');
    window.history.replaceState(window.history.state, '', url);
  }
}

export async function createAuthClient(settings: AuthSettings, origin = window.location.origin, mode: AuthMode = 'page'): Promise<{
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
  try {
    const result: AuthenticationResult | null = await pca.handleRedirectPromise();
    if (result?.account) pca.setActiveAccount(result.account);
  } catch (error) {
    redirectError = toAuthError(error);
  }
  forgetLogoutState();
  if (!pca.getActiveAccount()) {
    const [first] = pca.getAllAccounts();
    if (first) pca.setActiveAccount(first);
  }

  const scopes = [...settings.scopes];
  const client: MsalAuthClient = {
    kind: 'msal',
    pca,
    scopes,
    async getAccessToken() {
      const account = pca.getActiveAccount();
      if (!account) throw new AuthInteractionRequiredError('You are not signed in.', 'no_account');
      try {
        const result = await pca.acquireTokenSilent({ scopes, account });
        return result.accessToken;
      } catch (error) {
        throw toAuthError(error);
      }
    },
    async signIn() {
      try {
        if (mode === 'embedded') {
          const result = await pca.loginPopup({ scopes });
          pca.setActiveAccount(result.account);
        } else {
          await pca.loginRedirect({ scopes });
        }
      } catch (error) {
        throw toAuthError(error);
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
