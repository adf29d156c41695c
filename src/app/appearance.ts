import type { Theme } from '@fluentui/react-components';
import { use, useDeferredValue, useMemo, useSyncExternalStore } from 'react';
import { browserLocales, loadMessages, resolveLocale, type ResolvedLocale } from '../i18n';

import type { ThemeName } from '../components/theme-names';

/** What a host (a portal, or the page's URL) asks for; anything unset follows the browser. */
export interface Appearance {
  theme?: ThemeName | undefined;
  locale?: string | undefined;
}

// Each theme's tokens are a chunk of their own (about 4 kB gzip each): only the one in use loads.
const themeModules: Record<ThemeName, () => Promise<{ theme: Theme }>> = {
  light: () => import('./themes/light'),
  dark: () => import('./themes/dark'),
  'high-contrast': () => import('./themes/high-contrast'),
};
const themes = new Map<ThemeName, Promise<Theme>>();
const loadedThemes = new Map<ThemeName, Theme>();

/** The theme's tokens; the same promise every time, so React's `use` suspends only once per theme. */
export function loadTheme(name: ThemeName): Promise<Theme> {
  let theme = themes.get(name);
  if (!theme) {
    theme = themeModules[name]().then((module) => {
      loadedThemes.set(name, module.theme);
      return module.theme;
    });
    themes.set(name, theme);
  }
  return theme;
}

/**
 * Starts loading the theme the browser asks for, before React renders anything. Awaiting it
 * before the first render spares React a render that suspends (the pages preload the chunk, so
 * this is the time to evaluate it, not a round trip).
 */
export function preloadBrowserTheme(): Promise<Theme> {
  return loadTheme(browserTheme());
}

/** The catalog of the browser's language, so a first render in that language need not suspend. */
export function preloadBrowserCatalog(): Promise<unknown> {
  return loadMessages(resolveLocale(browserLocales()).catalog);
}

const FORCED_COLORS = '(forced-colors: active)';
const DARK = '(prefers-color-scheme: dark)';

function browserTheme(): ThemeName {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return 'light';
  if (window.matchMedia(FORCED_COLORS).matches) return 'high-contrast';
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

function subscribeToColorScheme(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const queries = [window.matchMedia(FORCED_COLORS), window.matchMedia(DARK)];
  for (const query of queries) query.addEventListener('change', onChange);
  return () => {
    for (const query of queries) query.removeEventListener('change', onChange);
  };
}

function subscribeToLanguages(onChange: () => void): () => void {
  window.addEventListener('languagechange', onChange);
  return () => window.removeEventListener('languagechange', onChange);
}

const languagesKey = () => browserLocales().join(',');

/**
 * The theme and locale in effect: the host's choice, else the browser's, following its changes.
 * Suspends while the theme's tokens load (the first render, and the first switch to another theme).
 */
export function useAppearance(requested: Appearance | undefined): { themeName: ThemeName; theme: Theme; locale: ResolvedLocale } {
  const systemTheme = useSyncExternalStore(subscribeToColorScheme, browserTheme, () => 'light' as const);
  const languages = useSyncExternalStore(subscribeToLanguages, languagesKey, () => '');
  // Deferred: a switch of theme while the page is in use renders in the background until the new
  // tokens are in, instead of suspending the page (and an open dialog) into the skeleton.
  const themeName = useDeferredValue(requested?.theme ?? systemTheme);
  const locale = useMemo(() => resolveLocale([requested?.locale, ...languages.split(',')]), [requested?.locale, languages]);
  // `use` only when the tokens are not in memory yet: a settled promise still suspends once.
  return { themeName, theme: loadedThemes.get(themeName) ?? use(loadTheme(themeName)), locale };
}
