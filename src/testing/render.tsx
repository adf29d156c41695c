import { AnnounceProvider, FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, renderHook, screen, waitFor, type RenderOptions } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import type { ReactElement, ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { expect } from 'vitest';
import { messages as arabicMessages } from '../i18n/catalogs/ar';
import { messages as germanMessages } from '../i18n/catalogs/de';
import { englishMessages } from '../i18n';
import { createGraphClient, GraphClientProvider, type GraphClientOptions } from '../lib/graph';

export const TEST_GRAPH_BASE = 'https://graph.test';

const catalogs = { en: englishMessages, de: germanMessages, ar: arabicMessages } as const;

export interface RenderWithProvidersOptions extends RenderOptions {
  /** The UI language; English unless a test is about another language. */
  locale?: keyof typeof catalogs;
}

/** The app's providers around a real Graph client pointed at MSW's fake Graph. */
function testProviders(locale: keyof typeof catalogs, sleep: GraphClientOptions['sleep'] = () => Promise.resolve()) {
  // What Fluent's announcer would have said, in order (jsdom has no live region reading).
  const announced: string[] = [];
  const announcer = { announce: (message: string) => void announced.push(message) };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const graph = createGraphClient({
    baseUrl: TEST_GRAPH_BASE,
    getAccessToken: () => Promise.resolve('test-token'),
    sleep,
  });
  function Providers({ children }: { children: ReactNode }) {
    return (
      <IntlProvider locale={locale} defaultLocale="en" messages={catalogs[locale]}>
        <FluentProvider theme={webLightTheme} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
          <AnnounceProvider value={announcer}>
            <QueryClientProvider client={queryClient}>
              <GraphClientProvider client={graph}>{children}</GraphClientProvider>
            </QueryClientProvider>
          </AnnounceProvider>
        </FluentProvider>
      </IntlProvider>
    );
  }
  return { queryClient, Providers, announced };
}

/** Renders in a language and its direction, without Graph or auth: for components and app parts that need neither. */
export function renderInLanguage(ui: ReactElement, locale: keyof typeof catalogs) {
  return render(
    <IntlProvider locale={locale} messages={catalogs[locale]}>
      <FluentProvider theme={webLightTheme} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
        {ui}
      </FluentProvider>
    </IntlProvider>,
  );
}

/** Renders with the app's providers and a real Graph client pointed at MSW's fake Graph. */
export function renderWithProviders(ui: ReactElement, { locale = 'en', ...options }: RenderWithProvidersOptions = {}) {
  const { queryClient, Providers, announced } = testProviders(locale);
  return { queryClient, announced, ...render(ui, { wrapper: Providers, ...options }) };
}

/** A hook under the same providers, for the hooks' own tests. */
export function renderHookWithProviders<Result, Props>(
  hook: (props: Props) => Result,
  { sleep, ...options }: { initialProps?: Props; sleep?: GraphClientOptions['sleep'] } = {},
) {
  // `sleep`: the Graph client's wait before a retry (at once unless a test holds it, e.g. to cancel it).
  const { queryClient, Providers, announced } = testProviders('en', sleep);
  return { queryClient, announced, ...renderHook(hook, { wrapper: Providers, ...options }) };
}

/**
 * Send stays disabled until the dialog has read the item, its drive and the tenant's verified
 * domains (to know who is external); on a busy machine that takes a moment, so wait for it.
 */
export async function expectSendEnabled(): Promise<HTMLElement> {
  const send = screen.getByRole('button', { name: 'Send' });
  await waitFor(() => expect(send).not.toHaveAttribute('aria-disabled', 'true'));
  return send;
}

export async function clickSend(user: UserEvent): Promise<void> {
  await user.click(await expectSendEnabled());
}
