// One RS256 key per emulator process. oidc-provider signs with the private half; the Graph side
// verifies with the public half in-process, so no JWKS fetch (and no key file) is needed.
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';

export interface SigningKey {
  kid: string;
  /** Private JWK (with kid, alg, use) in the form oidc-provider's `jwks` option takes. */
  privateJwk: JWK;
  publicJwk: JWK;
  privateKey: CryptoKey;
}

export async function createSigningKey(): Promise<SigningKey> {
  // extractable so the private key can be exported as a JWK for oidc-provider.
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const privateJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateJwk, publicJwk: { ...publicJwk, kid, alg: 'RS256', use: 'sig' }, privateKey };
}
