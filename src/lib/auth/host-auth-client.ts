import { AuthInteractionRequiredError, AuthUnavailableError, type InteractiveRequest, type TokenRequest } from './auth-errors';
import type { SignedInUser } from './auth-types';

/** A token as a portal hands it over; `expiresOn` in seconds since the epoch when known. */
export interface SuppliedToken {
  accessToken: string;
  expiresOn?: number | undefined;
}

/**
 * Tokens supplied by the embedding portal, for portals that already hold Graph tokens (as the
 * File Picker v8 protocol lets them): no MSAL, no sign-in of our own. Tokens only ever flow
 * portal → frame.
 */
export interface HostAuthClient {
  readonly kind: 'host';
  readonly scopes: readonly string[];
  /** A token from the portal for the sign-in scopes plus `request.scopes`; `forceRefresh` never reuses one. */
  getAccessToken: (request?: TokenRequest) => Promise<string>;
  /** Asks the portal again (after it refused or the token expired), for `request.scopes` too. */
  signIn: (request?: InteractiveRequest) => Promise<void>;
  /** Forgets the token; the portal's own session is the portal's business. */
  signOut: () => Promise<void>;
  getUser: () => SignedInUser | null;
  subscribe: (listener: () => void) => () => void;
}

export interface HostAuthOptions {
  scopes: readonly string[];
  /**
   * Asks the portal; rejects with an error carrying `code` and `message` when it cannot.
   * `forceRefresh`: Graph refused the portal's last token for these scopes.
   */
  requestToken: (scopes: readonly string[], options?: { forceRefresh: boolean }) => Promise<SuppliedToken>;
  now?: () => number;
}

// A token this close to expiry is not used: the request it is for may take that long.
const EXPIRY_MARGIN_SECONDS = 60;

/** Who the token is for, read from its payload for display only (Graph verifies the token). */
function userOf(accessToken: string): SignedInUser | null {
  try {
    const payload = accessToken.split('.')[1] ?? '';
    // base64url of UTF-8 JSON: decoded as bytes, then as UTF-8, so "Jörg Müller" stays intact.
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof json !== 'object' || json === null) return null;
    const claims = json as Record<string, unknown>;
    const username = [claims.preferred_username, claims.upn, claims.email].find((value): value is string => typeof value === 'string') ?? '';
    const name = typeof claims.name === 'string' ? claims.name : username;
    return name || username ? { name, username } : null;
  } catch {
    // Not a JWT we can read (an opaque token is fine for Graph): nobody to show.
    return null;
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : 'host_token_failed';
}

export function createHostAuthClient({ scopes, requestToken, now = () => Date.now() / 1000 }: HostAuthOptions): HostAuthClient {
  // One token per set of scopes asked for; the sign-in scopes' set is the usual one.
  const tokens = new Map<string, SuppliedToken>();
  const inFlight = new Map<string, Promise<SuppliedToken>>();
  let user: SignedInUser | null = null;
  const listeners = new Set<() => void>();

  const fresh = (token: SuppliedToken | undefined): token is SuppliedToken =>
    token !== undefined && (token.expiresOn === undefined || token.expiresOn - EXPIRY_MARGIN_SECONDS > now());
  const wanted = (extra: readonly string[] | undefined) => [...new Set([...scopes, ...(extra ?? [])])];

  async function obtain(request: TokenRequest = {}): Promise<string> {
    const asked = wanted(request.scopes);
    const key = [...asked].sort().join(' ');
    const forceRefresh = request.forceRefresh === true;
    const current = tokens.get(key);
    if (!forceRefresh && fresh(current)) return current.accessToken;
    if (forceRefresh) tokens.delete(key);
    // Concurrent Graph calls share one request to the portal.
    let pending = inFlight.get(key);
    if (!pending) {
      pending = requestToken(asked, { forceRefresh }).finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    try {
      const token = await pending;
      tokens.set(key, token);
      const next = userOf(token.accessToken);
      if (next?.name !== user?.name || next?.username !== user?.username) {
        user = next;
        for (const listener of listeners) listener();
      }
      return token.accessToken;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'interaction_required' || code === 'login_required') throw new AuthInteractionRequiredError(undefined, code, { cause: error });
      throw new AuthUnavailableError(
        'The portal could not provide access to your files. Try again, and contact your administrator if it keeps failing.',
        code,
        {
          cause: error,
        },
      );
    }
  }

  return {
    kind: 'host',
    scopes,
    getAccessToken: obtain,
    async signIn(request = {}) {
      tokens.clear();
      await obtain({ scopes: request.scopes });
    },
    signOut() {
      tokens.clear();
      return Promise.resolve();
    },
    getUser: () => user,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
