import { AriaLiveAnnouncer, FluentProvider } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { AppErrorBoundary } from '../components/app-error-boundary';
import type { Settings } from '../config/settings';
import { I18nProvider } from '../i18n';
import { AuthProvider, isAuthError, type AuthClient } from '../lib/auth';
import { createGraphClient, GraphClientProvider, isGraphError } from '../lib/graph';
import { useAppearance, type Appearance } from './appearance';

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
  const { theme, themeName, locale } = useAppearance(appearance);

  // The document itself, not only Fluent's subtree, must say its language and direction (screen
  // readers, the page's scrollbar side, native form controls).
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale.locale;
    root.dir = locale.dir;
    root.style.colorScheme = themeName === 'light' ? 'light' : 'dark';
  }, [locale, themeName]);

  return (
    <I18nProvider locale={locale}>
      <FluentProvider theme={theme} dir={locale.dir} data-theme={themeName}>
        <AriaLiveAnnouncer>
          <AppErrorBoundary>
            <AuthProvider client={auth}>
              <QueryClientProvider client={queryClient}>
                <GraphClientProvider client={graph}>{children}</GraphClientProvider>
              </QueryClientProvider>
            </AuthProvider>
          </AppErrorBoundary>
        </AriaLiveAnnouncer>
      </FluentProvider>
    </I18nProvider>
  );
}
