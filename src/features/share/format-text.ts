import { useIntl, type IntlShape } from 'react-intl';
import type { LocalizedText } from '../../i18n';

/** Text decided outside React (a parser's reason, an outcome's summary), in the user's language. */
export function formatText(intl: IntlShape, text: LocalizedText): string {
  return intl.formatMessage({ id: text.id }, text.values);
}

export function useFormatText(): (text: LocalizedText) => string {
  const intl = useIntl();
  return (text) => formatText(intl, text);
}
