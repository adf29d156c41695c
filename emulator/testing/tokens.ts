// Mints Graph access tokens with the running emulator's key, without a browser, so tests can
// produce exactly the token they need: another user, missing scopes, expired, wrong audience.
// The defaults match what the identity side issues after a real sign-in.
import { SignJWT, type CryptoKey } from 'jose';
import { CLIENT_ID, GRAPH_RESOURCE } from '../identity/constants';
import type { RunningEmulator } from '../server';

export interface MintOptions {
  /** Directory user (oid); defaults to the first seeded user (Adele Vance). */
  userId?: string;
  /** Delegated scopes for `scp`; `null` leaves the claim out. */
  scopes?: string[] | null;
  audience?: string;
  issuer?: string;
  tenantId?: string;
  /** Lifetime from now; negative gives an already expired token. */
  expiresInSeconds?: number;
  /** Extra or overriding claims. */
  claims?: Record<string, unknown>;
  /** Sign with another key (to produce a bad signature). */
  privateKey?: CryptoKey;
}

export const DEFAULT_TEST_SCOPES = ['User.Read', 'User.ReadBasic.All', 'Files.ReadWrite.All', 'People.Read'];

export async function mintAccessToken(emulator: RunningEmulator, options: MintOptions = {}): Promise<string> {
  const user = options.userId ? emulator.store.userById(options.userId) : emulator.store.listUsers()[0];
  const oid = options.userId ?? user?.id;
  if (!oid) throw new Error('mintAccessToken: no user');
  const now = Math.floor(Date.now() / 1000);
  const scopes = options.scopes === undefined ? DEFAULT_TEST_SCOPES : options.scopes;
  const payload: Record<string, unknown> = {
    client_id: CLIENT_ID,
    oid,
    tid: options.tenantId ?? emulator.store.tenant.id,
    ...(user ? { name: user.displayName, preferred_username: user.userPrincipalName } : {}),
    ...(scopes ? { scp: scopes.join(' '), scope: scopes.join(' ') } : {}),
    ...options.claims,
  };
  const expiresIn = options.expiresInSeconds ?? 3600;
  return (
    new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: emulator.signingKey.kid, typ: 'at+jwt' })
      .setIssuer(options.issuer ?? emulator.identityUrl)
      .setAudience(options.audience ?? GRAPH_RESOURCE)
      .setSubject(oid)
      // An expired token must also have been issued in the past, or it would be self-contradictory.
      .setIssuedAt(Math.min(now, now + expiresIn - 60))
      .setExpirationTime(now + expiresIn)
      .setJti(crypto.randomUUID())
      .sign(options.privateKey ?? emulator.signingKey.privateKey)
  );
}
