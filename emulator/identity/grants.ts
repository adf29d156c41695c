// The app is treated as admin-consented, as it would be in a real tenant: a grant covering the
// OIDC scopes and the requested Graph scopes is created on the fly, so no consent page appears.
import type Provider from 'oidc-provider';
import type { Grant } from 'oidc-provider';
import { GRAPH_RESOURCE, GRAPH_SCOPES, ID_TOKEN_CLAIMS, OIDC_SCOPES } from './constants';

export interface GrantRequest {
  accountId: string;
  clientId: string;
  /** An earlier grant of the same account and client to extend, if any. */
  grantId?: string | undefined;
  /** The `scope` parameter of the authorization request. */
  scope: unknown;
}

const allowed = new Set<string>(GRAPH_SCOPES);

export function grantableGraphScopes(scope: unknown): string[] {
  if (typeof scope !== 'string') return [];
  return [...new Set(scope.split(' '))].filter((s) => allowed.has(s));
}

export async function ensureGrant(provider: Provider, request: GrantRequest): Promise<Grant> {
  let grant = request.grantId ? await provider.Grant.find(request.grantId) : undefined;
  // A grant of another account or client must never be reused (oidc-provider would throw).
  if (grant && (grant.accountId !== request.accountId || grant.clientId !== request.clientId)) grant = undefined;
  grant ??= new provider.Grant({ accountId: request.accountId, clientId: request.clientId });

  grant.addOIDCScope(OIDC_SCOPES);
  grant.addOIDCClaims([...ID_TOKEN_CLAIMS]);
  // Scopes requested later (incremental consent) are added to the same grant.
  const graphScopes = grantableGraphScopes(request.scope);
  if (graphScopes.length > 0) grant.addResourceScope(GRAPH_RESOURCE, graphScopes.join(' '));
  await grant.save();
  return grant;
}
