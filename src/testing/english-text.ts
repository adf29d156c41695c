import { englishText } from '../components/display-text';
import type { LocalizedText } from '../i18n';

/** For unit tests of code that returns LocalizedText: the sentence an English user reads. */
export function inEnglish(text: LocalizedText | undefined): string | undefined {
  return text && englishText(text);
}
