export { I18nProvider, type I18nProviderProps } from './i18n-provider';
export { browserLocales, resolveLocale, CATALOG_LOCALES, type CatalogLocale, type ResolvedLocale } from './locales';
export { englishMessages, loadMessages, type LocalizedText, type MessageId, type Messages } from './messages';
