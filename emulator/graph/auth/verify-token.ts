// Validates Graph access tokens the way Graph does: RS256 signature by the identity side's key,
// issuer, audience and lifetime. Each failure gets the message Graph gives for it, plus a
// WWW-Authenticate challenge, so the app's 401 handling is exercised for real.
import { createLocalJWKSet, errors, jwtVerify, type JWK, type JWTPayload } from 'jose';
import { GraphError } from '../errors';

export interface Caller {
  /** The signed-in user's directory object id (the token's oid). */
  userId: string;
  tenantId: string;
  /** Delegated scopes from the token's scp claim. */
  scopes: Set<string>;
  claims: JWTPayload;
}

export interface TokenVerifierOptions {
  publicJwk: JWK;
  issuer: string;
  audience: string;
  tenantId: string;
  /** The sign-in endpoint advertised in the challenge. */
  authorizationUri: string;
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Caller>;

// Microsoft Graph's well-known application id, which real challenges name as client_id.
const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';

export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const keys = createLocalJWKSet({ keys: [options.publicJwk] });
  const challenge = `Bearer realm="", authorization_uri="${options.authorizationUri}", client_id="${GRAPH_APP_ID}"`;
  const unauthorized = (message: string) => new GraphError(401, 'InvalidAuthenticationToken', message, { headers: { 'WWW-Authenticate': challenge } });

  return async (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    const token = match?.[1];
    if (!token) throw unauthorized('Access token is empty.');

    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer: options.issuer,
        audience: options.audience,
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      throw unauthorized(describeFailure(err));
    }

    if (payload.tid !== options.tenantId) throw unauthorized('Access token validation failure. Invalid tenant.');
    if (typeof payload.oid !== 'string' || payload.oid === '') {
      throw unauthorized('Access token validation failure. The token has no oid claim.');
    }
    const scp = typeof payload.scp === 'string' ? payload.scp : '';
    return {
      userId: payload.oid.toLowerCase(),
      tenantId: options.tenantId,
      scopes: new Set(scp.split(' ').filter(Boolean)),
      claims: payload,
    };
  };
}

function describeFailure(err: unknown): string {
  if (err instanceof errors.JWTExpired) return 'Lifetime validation failed, the token is expired.';
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'aud') return 'Access token validation failure. Invalid audience.';
    if (err.claim === 'iss') return 'Access token validation failure. Invalid issuer.';
    if (err.claim === 'nbf') return 'Lifetime validation failed, the token is not yet valid.';
    if (err.claim === 'exp') return 'Lifetime validation failed, the token has no expiry.';
    return 'Access token validation failure.';
  }
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey) {
    return 'Access token validation failure. Invalid signature.';
  }
  if (err instanceof errors.JOSEAlgNotAllowed) return 'Access token validation failure. Invalid algorithm.';
  // What Graph says for anything that is not a well-formed JWT.
  return 'CompactToken parsing failed with error code: 80049217';
}
