import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppErrorBoundary } from '../components/app-error-boundary';
import type { Settings } from '../config/settings';
import { AuthProvider, isAuthError, type AuthClient, type AuthError } from '../lib/auth';
import { createGraphClient, GraphClientProvider, isGraphError } from '../lib/graph';
import { Shell } from './shell';

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

export interface AppProps {
  settings: Settings;
  auth: AuthClient;
  redirectError?: AuthError | undefined;
}

export function App({ settings, auth, redirectError }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const [graph] = useState(() => createGraphClient({ baseUrl: settings.graphBaseUrl, getAccessToken: auth.getAccessToken }));
  return (
    <FluentProvider theme={webLightTheme}>
      <AppErrorBoundary>
        <AuthProvider client={auth}>
          <QueryClientProvider client={queryClient}>
            <GraphClientProvider client={graph}>
              <Shell redirectError={redirectError} recipientCap={settings.recipientCap} />
            </GraphClientProvider>
          </QueryClientProvider>
        </AuthProvider>
      </AppErrorBoundary>
    </FluentProvider>
  );
}
