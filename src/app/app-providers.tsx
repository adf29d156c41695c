import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
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

/** The data side of a page: its Graph client (on the page's auth) and the cache of what Graph said. */
export interface AppServices {
  readonly queryClient: QueryClient;
  readonly graph: GraphClient;
  /** Who sees every error a Graph call ends with (after the client's own retries); one at a time. */
  listenForGraphErrors(listener: ((error: unknown) => void) | undefined): void;
}

/**
 * Made before anything renders when the page can start fetching early (a deep link's item while
 * the app renders); otherwise AppProviders makes its own.
 */
export function createAppServices(settings: Settings, auth: AuthClient): AppServices {
  let listener: ((error: unknown) => void) | undefined;
  const client = createGraphClient({ baseUrl: settings.graphBaseUrl, getAccessToken: auth.getAccessToken, timeouts: settings.graphTimeouts });
  return {
    queryClient: createQueryClient(),
    graph: {
      request: (request) =>
        client.request(request).catch((error: unknown) => {
          listener?.(error);
          throw error;
        }),
    },
    listenForGraphErrors(next) {
      listener = next;
    },
  };
}

export interface AppProvidersProps {
  settings: Settings;
  auth: AuthClient;
  /** Made by the caller for this auth (createAppServices), when it has already started fetching. */
  services?: AppServices | undefined;
  /** Theme and locale asked for by the host; unset parts follow the browser. */
  appearance?: Appearance | undefined;
  /** Sees every error a Graph call ends with (after the client's own retries), wherever it is shown. */
  onGraphError?: ((error: unknown) => void) | undefined;
  children: ReactNode;
}

/** Everything a screen of the app needs around it: language, look, errors, auth, data. */
export function AppProviders({ settings, auth, services: given, appearance, onGraphError, children }: AppProvidersProps) {
  const [services] = useState(() => given ?? createAppServices(settings, auth));
  useEffect(() => {
    services.listenForGraphErrors(onGraphError);
  });

  return (
    <LookProviders appearance={appearance}>
      <AuthProvider client={auth}>
        <QueryClientProvider client={services.queryClient}>
          <GraphClientProvider client={services.graph}>{children}</GraphClientProvider>
        </QueryClientProvider>
      </AuthProvider>
    </LookProviders>
  );
}
