import { MsalProvider, useMsal } from '@azure/msal-react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { AuthClient } from './auth-client';

const AuthClientContext = createContext<AuthClient | null>(null);

export function AuthProvider({ client, children }: { client: AuthClient; children: ReactNode }) {
  return (
    <MsalProvider instance={client.pca}>
      <AuthClientContext.Provider value={client}>{children}</AuthClientContext.Provider>
    </MsalProvider>
  );
}

export interface SignedInUser {
  name: string;
  username: string;
}

export interface AuthState {
  user: SignedInUser | null;
  /** True while MSAL is handling a sign-in, sign-out or token request that needs the page. */
  interactionInProgress: boolean;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  getAccessToken: () => Promise<string>;
}

export function useAuthClient(): AuthClient {
  const client = useContext(AuthClientContext);
  if (!client) throw new Error('useAuth must be used inside <AuthProvider>.');
  return client;
}

export function useAuth(): AuthState {
  const client = useAuthClient();
  const { inProgress, accounts } = useMsal();
  const active = client.pca.getActiveAccount() ?? accounts[0] ?? null;
  const interactionInProgress = inProgress !== 'none';

  const signIn = useCallback(async () => {
    // Interactive sign-in only from a user's action, and never on top of another interaction.
    if (interactionInProgress) return;
    await client.signIn();
  }, [client, interactionInProgress]);

  const signOut = useCallback(async () => {
    if (interactionInProgress) return;
    await client.signOut();
  }, [client, interactionInProgress]);

  const user = useMemo(
    () => (active ? { name: active.name ?? active.username, username: active.username } : null),
    [active],
  );

  return { user, interactionInProgress, signIn, signOut, getAccessToken: client.getAccessToken };
}
