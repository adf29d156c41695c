import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Settings } from '../config/settings';
import { AuthProvider, isAuthError, type AuthClient } from '../lib/auth';
import { createGraphClient, GraphClientProvider, isGraphError, type GraphClient } from '../lib/graph';
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
  /** Sees every error a Graph call ends with (after the client's own retries), wherever it is shown. */
  onGraphError?: ((error: unknown) => void) | undefined;
  children: ReactNode;
}

/** Everything a screen of the app needs around it: language, look, errors, auth, data. */
export function AppProviders({ settings, auth, appearance, onGraphError, children }: AppProvidersProps) {
  const [queryClient] = useState(createQueryClient);
  const errorListener = useRef(onGraphError);
  useEffect(() => {
    errorListener.current = onGraphError;
  });
  const [graph] = useState<GraphClient>(() => {
    const client = createGraphClient({ baseUrl: settings.graphBaseUrl, getAccessToken: auth.getAccessToken, timeouts: settings.graphTimeouts });
    return {
      request: (request) =>
        client.request(request).catch((error: unknown) => {
          errorListener.current?.(error);
          throw error;
        }),
    };
  });

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
