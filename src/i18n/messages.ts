import type { CatalogLocale } from './locales';
import { messages as en } from './catalogs/en';

export type MessageId = keyof typeof en;
export type Messages = Readonly<Record<MessageId, string>>;

// Message ids are checked at compile time wherever react-intl takes one.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}

export const englishMessages: Messages = en;

const loaded = new Map<CatalogLocale, Messages>([['en', en]]);

/** A catalog already in memory, or undefined until `loadMessages` has fetched it. */
export function loadedMessages(catalog: CatalogLocale): Messages | undefined {
  return loaded.get(catalog);
}

/** Other languages are separate chunks, so English-only users never download them. */
export async function loadMessages(catalog: CatalogLocale): Promise<Messages> {
  const ready = loaded.get(catalog);
  if (ready) return ready;
  const module = catalog === 'de' ? await import('./catalogs/de') : await import('./catalogs/ar');
  loaded.set(catalog, module.messages);
  return module.messages;
}

/**
 * Text decided outside React (an error's sentence, a parser's reason) travels as an id with its
 * values and is formatted where it is shown, in the user's language.
 */
export interface LocalizedText {
  id: MessageId;
  values?: Readonly<Record<string, string | number | Date>>;
}
