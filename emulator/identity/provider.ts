// oidc-provider configured to behave like Entra ID towards the app's MSAL (OIDC protocol mode):
// one public SPA client with PKCE, JWT access tokens for Graph carrying Entra's claims
// (scp, oid, tid, name, preferred_username), silent admin consent and a real sign-in page.
// docs/local-identity-provider.md says why each setting exists.
import Provider, { errors, interactionPolicy, type Configuration } from 'oidc-provider';
import { requestLog } from '../request-log';
import type { RuntimeSettings } from '../runtime';
import type { EmulatorSettings } from '../settings';
import type { TenantStore } from '../tenant/store';
import { createFindAccount, identityClaims } from './accounts';
import { CLIENT_ID, CLIENT_NAME, GRAPH_RESOURCE, GRAPH_SCOPES } from './constants';
import { consentRules } from './consent';
import { ensureGrant } from './grants';
import { interactionRoutes } from './interactions';
import { createMemoryAdapterFactory } from './memory-adapter';
import { errorPage, logoutPage, signedOutPage } from './pages';
import type { SigningKey } from './signing-key';

export interface IdentityOptions {
  issuer: string;
  settings: EmulatorSettings;
  runtime: RuntimeSettings;
  store: TenantStore;
  signingKey: SigningKey;
}

// Development only: a fixed key keeps cookies valid across restarts; it protects nothing real.
const DEV_COOKIE_KEYS = ['contoso-local-emulator-cookie-key-not-a-secret'];

export function createIdentityProvider({ issuer, settings, runtime, store, signingKey }: IdentityOptions): Provider {
  // /blank.html is where the sign-in popup of the dialog embedded in a portal's frame ends (MSAL's
  // legacy polling reads the response from it).
  const appUris = settings.appOrigins.flatMap((origin) => [`${origin}/redirect.html`, `${origin}/blank.html`, `${origin}/`]);

  // MSAL may send prompt=select_account; oidc-provider only knows it once it is in the policy.
  const policy = interactionPolicy.base();
  policy.add(new interactionPolicy.Prompt({ name: 'select_account', requestable: true }), 1);

  const configuration: Configuration = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: CLIENT_NAME,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: appUris,
        post_logout_redirect_uris: appUris,
      },
    ],
    responseTypes: ['code'],
    jwks: { keys: [signingKey.privateJwk] },
    cookies: { keys: DEV_COOKIE_KEYS },
    adapter: createMemoryAdapterFactory(),
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username', 'oid', 'tid'],
      email: ['email'],
    },
    findAccount: createFindAccount(store),
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    // The token endpoint is called cross-origin by MSAL; only the app's own origins may do so.
    clientBasedCORS: (_ctx, origin) => settings.appOrigins.includes(origin),
    // MSAL is configured without offline_access (oidc-provider strips it unless prompt=consent),
    // so refresh tokens are issued whenever the client may use them, as Entra does for SPAs.
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    loadExistingGrant: async (ctx) => {
      const { account, client, session, params } = ctx.oidc;
      if (!account || !client) return undefined;
      return ensureGrant(ctx.oidc.provider, {
        accountId: account.accountId,
        clientId: client.clientId,
        grantId: ctx.oidc.result?.consent?.grantId ?? session?.grantIdFor(client.clientId),
        scope: params?.scope,
      });
    },
    extraTokenClaims: (_ctx, token) => {
      if (!('accountId' in token)) return undefined;
      const user = store.userById(token.accountId);
      if (!user) return undefined;
      // Entra names the delegated scopes `scp`; RFC 9068 (`scope`) is kept alongside.
      return { scp: token.scope, ...identityClaims(store, user) };
    },
    ttl: {
      // Read per token, so PUT /_emulator/settings can shorten lifetimes while running.
      AccessToken: () => runtime.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      // Entra caps SPA refresh tokens at 24 hours.
      RefreshToken: 24 * 3600,
      Grant: 14 * 24 * 3600,
      Session: 14 * 24 * 3600,
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.type = 'html';
          ctx.body = logoutPage(form);
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
      resourceIndicators: {
        enabled: true,
        // MSAL never sends `resource`; Graph is the only API, as with Entra's v2 endpoint.
        defaultResource: () => GRAPH_RESOURCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator) => {
          if (resourceIndicator !== GRAPH_RESOURCE) throw new errors.InvalidTarget();
          return {
            scope: GRAPH_SCOPES.join(' '),
            audience: GRAPH_RESOURCE,
            accessTokenFormat: 'jwt',
            accessTokenTTL: runtime.accessTokenTtl,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    renderError: (ctx, out) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error, out.error_description);
    },
  };

  const provider = new Provider(issuer, configuration);
  provider.use(requestLog('identity', settings.quiet));
  provider.use(consentRules(provider, { issuer, runtime, redirectUris: appUris, appOrigins: settings.appOrigins }));
  provider.use(interactionRoutes(provider, store));
  return provider;
}
