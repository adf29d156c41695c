/**
 * Which catalog and text direction a requested locale gets. The full tag is kept for formatting
 * (de-CH gets Swiss number and date formats) while the UI text comes from the language's catalog.
 */
export const CATALOG_LOCALES = ['en', 'de', 'ar'] as const;
export type CatalogLocale = (typeof CATALOG_LOCALES)[number];

export interface ResolvedLocale {
  /** A canonical BCP 47 tag, used for dates, numbers and plurals. */
  locale: string;
  /** The message catalog the UI text comes from. */
  catalog: CatalogLocale;
  dir: 'ltr' | 'rtl';
}

const RTL_CATALOGS: ReadonlySet<CatalogLocale> = new Set(['ar']);

function isCatalogLocale(language: string): language is CatalogLocale {
  return (CATALOG_LOCALES as readonly string[]).includes(language);
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    // Not a well-formed BCP 47 tag (a host or browser can send anything); try the next one.
    return undefined;
  }
}

/**
 * The first requested locale whose language has a catalog wins; a host's choice comes first, then
 * the browser's languages. Without any match the UI is English.
 */
export function resolveLocale(requested: readonly (string | undefined | null)[]): ResolvedLocale {
  for (const tag of requested) {
    if (!tag) continue;
    const locale = canonical(tag.trim());
    if (!locale) continue;
    const language = new Intl.Locale(locale).language;
    if (isCatalogLocale(language)) {
      return { locale, catalog: language, dir: RTL_CATALOGS.has(language) ? 'rtl' : 'ltr' };
    }
  }
  // English text with another locale's formats would mix languages in one sentence.
  return { locale: 'en', catalog: 'en', dir: 'ltr' };
}

/** The browser's preferred languages, most preferred first. */
export function browserLocales(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
