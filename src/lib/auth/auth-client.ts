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

export interface AuthClient {
  readonly pca: PublicClientApplication;
  readonly scopes: readonly string[];
  /** A Graph access token, silently; rejects with a typed auth error. */
  getAccessToken: () => Promise<string>;
  /** Starts interactive sign-in. Only call from a user's action. */
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
}

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

export function msalConfiguration(settings: AuthSettings, origin: string): Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      knownAuthorities: [settings.knownAuthority],
      ...(settings.authorityMetadata ? { authorityMetadata: settings.authorityMetadata } : {}),
      // MSAL v5 returns every interactive response through this bridge page.
      redirectUri: `${origin}/redirect.html`,
      postLogoutRedirectUri: `${origin}/`,
      ...(settings.protocol === 'oidc'
        ? // No offline_access: oidc-provider drops it from the grant, then refuses refreshes that ask for it.
          { OIDCOptions: { defaultScopes: ['openid', 'profile', 'email'] } }
        : {}),
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
    system: { protocolMode: settings.protocol === 'oidc' ? ProtocolMode.OIDC : ProtocolMode.AAD },
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

export async function createAuthClient(settings: AuthSettings, origin = window.location.origin): Promise<{
  client: AuthClient;
  /** An error from the sign-in redirect that brought the user back, if any. */
  redirectError: AuthInteractionRequiredError | AuthUnavailableError | undefined;
}> {
  const pca = new PublicClientApplication(msalConfiguration(settings, origin));
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
  const client: AuthClient = {
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
        await pca.loginRedirect({ scopes });
      } catch (error) {
        throw toAuthError(error);
      }
    },
    async signOut() {
      const account = pca.getActiveAccount() ?? undefined;
      try {
        await pca.logoutRedirect({
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
