import { MsalProvider, useMsal } from '@azure/msal-react';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { AuthClient } from './auth-client';
import type { SignedInUser } from './auth-types';
import type { InteractiveRequest } from './auth-errors';

const AuthClientContext = createContext<AuthClient | null>(null);

export function AuthProvider({ client, children }: { client: AuthClient; children: ReactNode }) {
  const provided = <AuthClientContext.Provider value={client}>{children}</AuthClientContext.Provider>;
  // Portal-supplied tokens need no MSAL at all; useMsal then reads msal-react's idle default.
  return client.kind === 'msal' ? <MsalProvider instance={client.pca}>{provided}</MsalProvider> : provided;
}

export interface AuthState {
  user: SignedInUser | null;
  /** True while MSAL is handling a sign-in, sign-out or token request that needs the page. */
  interactionInProgress: boolean;
  /** From a user's click only; `scopes` asks consent for a feature's scopes, `claims` answers a claims challenge. */
  signIn: (request?: InteractiveRequest) => Promise<void>;
  signOut: () => Promise<void>;
  /** Whether sign-in may leave the page (a redirect): only the standalone page signing in by itself. */
  canSignInHere: boolean;
}

export function useAuthClient(): AuthClient {
  const client = useContext(AuthClientContext);
  if (!client) throw new Error('useAuth must be used inside <AuthProvider>.');
  return client;
}

const noSubscription = () => () => undefined;
const nobody = () => null;

export function useAuth(): AuthState {
  const client = useAuthClient();
  const { inProgress, accounts } = useMsal();
  const hostUser = useSyncExternalStore(client.kind === 'host' ? client.subscribe : noSubscription, client.kind === 'host' ? client.getUser : nobody);
  const active = client.kind === 'msal' ? (client.pca.getActiveAccount() ?? accounts[0] ?? null) : null;
  const interactionInProgress = client.kind === 'msal' && inProgress !== 'none';

  const signIn = useCallback(
    async (request?: InteractiveRequest) => {
      // Interactive sign-in only from a user's action, and never on top of another interaction.
      if (interactionInProgress) return;
      await client.signIn(request);
    },
    [client, interactionInProgress],
  );

  const signOut = useCallback(async () => {
    if (interactionInProgress) return;
    await client.signOut();
  }, [client, interactionInProgress]);

  const msalUser = useMemo(() => (active ? { name: active.name ?? active.username, username: active.username } : null), [active]);

  return {
    user: client.kind === 'host' ? hostUser : msalUser,
    interactionInProgress,
    signIn,
    signOut,
    canSignInHere: client.kind === 'msal' && client.mode === 'page',
  };
}

/**
 * Asks the user to allow a feature's extra scopes (incremental consent), in a popup so the page
 * and what is typed in it stay; only from a click. Null outside <AuthProvider> (component tests
 * without sign-in): the feature then offers no "Allow".
 */
export function useAskConsent(): ((scopes: readonly string[]) => Promise<void>) | null {
  const client = useContext(AuthClientContext);
  return useMemo(() => (client ? (scopes: readonly string[]) => client.signIn({ scopes, interaction: 'popup' }) : null), [client]);
}
