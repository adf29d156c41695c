import { AuthInteractionRequiredError, AuthUnavailableError } from './auth-errors';
import type { SignedInUser } from './auth-provider';

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
  getAccessToken: () => Promise<string>;
  /** Asks the portal again (after it refused or the token expired). */
  signIn: () => Promise<void>;
  /** Forgets the token; the portal's own session is the portal's business. */
  signOut: () => Promise<void>;
  getUser: () => SignedInUser | null;
  subscribe: (listener: () => void) => () => void;
}

export interface HostAuthOptions {
  scopes: readonly string[];
  /** Asks the portal; rejects with an error carrying `code` and `message` when it cannot. */
  requestToken: (scopes: readonly string[]) => Promise<SuppliedToken>;
  now?: () => number;
}

// A token this close to expiry is not used: the request it is for may take that long.
const EXPIRY_MARGIN_SECONDS = 60;

/** Who the token is for, read from its payload for display only (Graph verifies the token). */
function userOf(accessToken: string): SignedInUser | null {
  try {
    const payload = accessToken.split('.')[1] ?? '';
    const json: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
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
  let current: SuppliedToken | undefined;
  let inFlight: Promise<SuppliedToken> | undefined;
  let user: SignedInUser | null = null;
  const listeners = new Set<() => void>();

  const fresh = (token: SuppliedToken | undefined) => token !== undefined && (token.expiresOn === undefined || token.expiresOn - EXPIRY_MARGIN_SECONDS > now());

  async function obtain(): Promise<string> {
    if (current && fresh(current)) return current.accessToken;
    // Concurrent Graph calls share one request to the portal.
    inFlight ??= requestToken(scopes).finally(() => {
      inFlight = undefined;
    });
    try {
      const token = await inFlight;
      current = token;
      const next = userOf(token.accessToken);
      if (next?.name !== user?.name || next?.username !== user?.username) {
        user = next;
        for (const listener of listeners) listener();
      }
      return token.accessToken;
    } catch (error) {
      const code = errorCode(error);
      if (code === 'interaction_required' || code === 'login_required') throw new AuthInteractionRequiredError(undefined, code, { cause: error });
      throw new AuthUnavailableError('The portal could not provide access to your files. Try again, and contact your administrator if it keeps failing.', code, {
        cause: error,
      });
    }
  }

  return {
    kind: 'host',
    scopes,
    getAccessToken: obtain,
    async signIn() {
      current = undefined;
      await obtain();
    },
    signOut() {
      current = undefined;
      return Promise.resolve();
    },
    getUser: () => user,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
