import { createIntl, useIntl, type IntlShape } from 'react-intl';
import { englishMessages, type LocalizedText } from '../i18n';

/**
 * Text decided outside React: a catalog message (translated where it is shown), or words that are
 * shown exactly as they came, never translated — a name, or a role Graph made up (`sp.View Only`).
 */
export type DisplayText = LocalizedText | { verbatim: string };

export function formatText(intl: IntlShape, text: DisplayText): string {
  return 'verbatim' in text ? text.verbatim : intl.formatMessage({ id: text.id }, text.values);
}

/** `formatText` bound to the current language. */
export function useFormatText(): (text: DisplayText) => string {
  const intl = useIntl();
  return (text) => formatText(intl, text);
}

let english: IntlShape | undefined;

/** The English wording, for logs and error messages developers read; never for the UI. */
export function englishText(text: DisplayText): string {
  english ??= createIntl({ locale: 'en', messages: englishMessages });
  return formatText(english, text);
}
