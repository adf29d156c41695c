import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { Settings } from '../config/settings';
import { AuthProvider, isAuthError, type AuthClient } from '../lib/auth';
import { createGraphClient, GraphClientProvider, isGraphError } from '../lib/graph';
import type { Appearance } from './appearance';
import { LookProviders } from './look-providers';

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The Graph client already retries what is worth retrying (429/503/504, network).
        retry: false,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        throwOnError: (error) => !isGraphError(error) && !isAuthError(error),
      },
      mutations: { retry: false },
    },
  });
}

export interface AppProvidersProps {
  settings: Settings;
  auth: AuthClient;
  /** Theme and locale asked for by the host; unset parts follow the browser. */
  appearance?: Appearance | undefined;
  children: ReactNode;
}

/** Everything a screen of the app needs around it: language, look, errors, auth, data. */
export function AppProviders({ settings, auth, appearance, children }: AppProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  const [graph] = useState(() => createGraphClient({ baseUrl: settings.graphBaseUrl, getAccessToken: auth.getAccessToken }));

  return (
    <LookProviders appearance={appearance}>
      <AuthProvider client={auth}>
        <QueryClientProvider client={queryClient}>
          <GraphClientProvider client={graph}>{children}</GraphClientProvider>
        </QueryClientProvider>
      </AuthProvider>
    </LookProviders>
  );
}
