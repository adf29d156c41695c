import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { IntlProvider } from 'react-intl';
import { englishMessages } from '../i18n';
import { messages as arabic } from '../i18n/catalogs/ar';
import { messages as german } from '../i18n/catalogs/de';

const catalogs = { en: englishMessages, de: german, ar: arabic } as const;

/**
 * For tests of src/components and src/app, which may not reach src/testing (architecture
 * boundaries): renders in a language and its direction, without Graph or auth. Not used by the app.
 */
export function renderInLanguage(ui: ReactElement, locale: keyof typeof catalogs) {
  return render(
    <IntlProvider locale={locale} messages={catalogs[locale]}>
      <FluentProvider theme={webLightTheme} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
        {ui}
      </FluentProvider>
    </IntlProvider>,
  );
}
