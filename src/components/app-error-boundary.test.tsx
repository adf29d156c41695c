import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import { englishMessages } from '../i18n';
import { messages as arabic } from '../i18n/catalogs/ar';
import { messages as german } from '../i18n/catalogs/de';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppErrorBoundary } from './app-error-boundary';

function Broken(): never {
  throw new Error('bug');
}


const catalogs = { en: englishMessages, de: german, ar: arabic } as const;

/** src/testing is off limits here (architecture boundaries), so the language providers are set up inline. */
function renderIn(ui: ReactElement, { locale }: { locale: keyof typeof catalogs }) {
  return render(
    <IntlProvider locale={locale} messages={catalogs[locale]}>
      <FluentProvider theme={webLightTheme} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
        {ui}
      </FluentProvider>
    </IntlProvider>,
  );
}

describe('AppErrorBoundary', () => {
  it.each([
    ['en', 'Something went wrong', 'Reload'],
    ['de', 'Etwas ist schiefgelaufen', 'Neu laden'],
    ['ar', 'حدث خطأ ما', 'إعادة التحميل'],
  ] as const)('offers a way out in %s', (locale, title, reload) => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderIn(
      <AppErrorBoundary>
        <Broken />
      </AppErrorBoundary>,
      { locale },
    );
    expect(screen.getByRole('alert')).toHaveTextContent(title);
    expect(screen.getByRole('button', { name: reload })).toBeInTheDocument();
  });
});
