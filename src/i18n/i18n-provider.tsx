import { useEffect, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import type { ResolvedLocale } from './locales';
import { englishMessages, loadedMessages, loadMessages, type Messages } from './messages';

export interface I18nProviderProps {
  locale: ResolvedLocale;
  children: ReactNode;
}

/**
 * Supplies react-intl with the locale's catalog. A catalog that is not in memory yet is loaded
 * first; until then nothing renders, so a German user never sees English flash by. A switch of
 * language later keeps the page (and an open dialog, with what is typed in it) in the previous
 * language until the new catalog is in. If it cannot be loaded (a failed chunk), the UI falls
 * back to English rather than to nothing.
 */
export function I18nProvider({ locale, children }: I18nProviderProps) {
  const [fetched, setFetched] = useState<{ catalog: string; messages: Messages } | undefined>();
  const ready = loadedMessages(locale.catalog) ?? (fetched?.catalog === locale.catalog ? fetched.messages : undefined);
  // The last catalog shown, kept while another one loads (state adjusted during render, as React advises).
  const [shown, setShown] = useState(ready && { locale: locale.locale, messages: ready });
  if (ready && (shown?.messages !== ready || shown.locale !== locale.locale)) setShown({ locale: locale.locale, messages: ready });

  useEffect(() => {
    if (loadedMessages(locale.catalog)) return;
    let current = true;
    void loadMessages(locale.catalog)
      .catch((error: unknown) => {
        console.error(`The ${locale.catalog} messages could not be loaded; showing English.`, error);
        return englishMessages;
      })
      .then((messages) => {
        if (current) setFetched({ catalog: locale.catalog, messages });
      });
    return () => {
      current = false;
    };
  }, [locale.catalog]);

  const current = ready ? { locale: locale.locale, messages: ready } : shown;
  if (!current) return null;
  return (
    <IntlProvider locale={current.locale} defaultLocale="en" messages={current.messages}>
      {children}
    </IntlProvider>
  );
}
