// Consent the tenant refuses, and scopes added later (incremental consent), the way Entra ID
// handles them towards MSAL:
//
// - An authorization request naming a refused scope returns to the app with Entra's error:
//   `prompt=none` (MSAL's hidden-iframe renewal) gets `consent_required` (AADSTS65001); an
//   interactive one gets `access_denied` (AADSTS65004, what the user's "return without granting"
//   on Entra's "Need admin approval" page sends back). The error_uri carries the AADSTS number,
//   where MSAL reads it.
// - A refresh-token request naming a refused scope gets 400 `invalid_grant` with suberror
//   `consent_required` (AADSTS65001), which MSAL turns into InteractionRequiredAuthError.
// - A refresh-token request naming a scope the tenant grants but the refresh token was not issued
//   for succeeds, as Entra's refresh tokens serve every consented scope. oidc-provider ties refresh
//   tokens to their first scopes, so the token and its grant are widened here first.
import type { Middleware } from 'koa';
import type Provider from 'oidc-provider';
import type { RuntimeSettings } from '../runtime';
import { CLIENT_ID } from './constants';
import { ensureGrant, grantableGraphScopes } from './grants';

const CONSENT_REQUIRED =
  "AADSTS65001: The user or administrator has not consented to use the application with ID 'share-dialog-spa' named 'Contoso share dialog'. Send an interactive authorization request for this user and resource.";
const DECLINED = 'AADSTS65004: User declined to consent to access the app.';

export interface ConsentOptions {
  issuer: string;
  runtime: RuntimeSettings;
  /** Exact redirect URIs of the client: an error is only ever sent back to one of them. */
  redirectUris: readonly string[];
  /** Origins allowed to call /token cross-origin. */
  appOrigins: readonly string[];
}

function scopesOf(value: unknown): string[] {
  return typeof value === 'string' ? value.split(' ').filter(Boolean) : [];
}

async function readForm(ctx: Parameters<Middleware>[0]): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

export function consentRules(provider: Provider, { issuer, runtime, redirectUris, appOrigins }: ConsentOptions): Middleware {
  return async (ctx, next) => {
    const refused = new Set(runtime.refusedScopes);

    if (ctx.method === 'GET' && ctx.path === '/auth' && refused.size > 0) {
      const denied = scopesOf(ctx.query.scope).filter((scope) => refused.has(scope));
      const redirectUri = typeof ctx.query.redirect_uri === 'string' ? ctx.query.redirect_uri : '';
      // Anything not addressed to our client and one of its redirect URIs is left to oidc-provider's own checks.
      if (denied.length > 0 && ctx.query.client_id === CLIENT_ID && redirectUris.includes(redirectUri)) {
        const silent = ctx.query.prompt === 'none';
        const params = new URLSearchParams({
          error: silent ? 'consent_required' : 'access_denied',
          error_description: `${silent ? CONSENT_REQUIRED : DECLINED} Refused scopes: ${denied.join(' ')}.`,
          error_uri: `${issuer}/error?code=${silent ? '65001' : '65004'}`,
          ...(typeof ctx.query.state === 'string' ? { state: ctx.query.state } : {}),
        });
        ctx.redirect(`${redirectUri}${ctx.query.response_mode === 'fragment' ? '#' : '?'}${params.toString()}`);
        return;
      }
    }

    if (ctx.method === 'POST' && ctx.path === '/token' && ctx.is('application/x-www-form-urlencoded')) {
      // oidc-provider reads a body parsed upstream from ctx.request.body (and says so once on the console).
      const form = await readForm(ctx);
      (ctx.request as { body?: unknown }).body = form;
      if (form.grant_type === 'refresh_token' && form.refresh_token) {
        const requested = scopesOf(form.scope);
        const denied = requested.filter((scope) => refused.has(scope));
        if (denied.length > 0) {
          const origin = ctx.get('Origin');
          if (appOrigins.includes(origin)) ctx.set('Access-Control-Allow-Origin', origin);
          ctx.status = 400;
          ctx.body = {
            error: 'invalid_grant',
            error_description: `${CONSENT_REQUIRED} Refused scopes: ${denied.join(' ')}.`,
            error_codes: [65001],
            suberror: 'consent_required',
            timestamp: new Date()
              .toISOString()
              .replace('T', ' ')
              .replace(/\.\d+Z$/, 'Z'),
          };
          return;
        }
        const wanted = grantableGraphScopes(requested.join(' '));
        const token = wanted.length > 0 ? await provider.RefreshToken.find(form.refresh_token) : undefined;
        if (token && token.clientId === CLIENT_ID && wanted.some((scope) => !token.scopes.has(scope))) {
          await ensureGrant(provider, { accountId: token.accountId, clientId: token.clientId, grantId: token.grantId, scope: wanted.join(' ') });
          token.scope = [...new Set([...token.scopes, ...wanted])].join(' ');
          await token.save();
        }
      }
    }
    await next();
  };
}
