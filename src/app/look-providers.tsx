import { AriaLiveAnnouncer, FluentProvider } from '@fluentui/react-components';
import { useEffect, type ReactNode } from 'react';
import { AppErrorBoundary } from '../components/app-error-boundary';
import { I18nProvider } from '../i18n';
import { useAppearance, type Appearance } from './appearance';

export interface LookProvidersProps {
  /** Theme and locale asked for by the host; unset parts follow the browser. */
  appearance?: Appearance | undefined;
  children: ReactNode;
}

/**
 * Language, look and the error boundary: all that the signed-out page needs, so it paints without
 * auth, Graph or the data cache. Suspends until the theme's tokens have loaded.
 */
export function LookProviders({ appearance, children }: LookProvidersProps) {
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
        {/* The one live region of the app: features announce through Fluent's useAnnounce. */}
        <AriaLiveAnnouncer>
          <AppErrorBoundary>{children}</AppErrorBoundary>
        </AriaLiveAnnouncer>
      </FluentProvider>
    </I18nProvider>
  );
}
