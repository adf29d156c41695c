import { createIntl } from 'react-intl';
import { englishMessages, type LocalizedText } from '../../i18n';
import { formatText } from './format-text';

const english = createIntl({ locale: 'en', defaultLocale: 'en', messages: englishMessages });

/** For unit tests of code that returns LocalizedText: the sentence an English user reads. */
export function inEnglish(text: LocalizedText | undefined): string | undefined {
  return text && formatText(english, text);
}
