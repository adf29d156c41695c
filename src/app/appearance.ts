import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useMemo, useSyncExternalStore } from 'react';
import { browserLocales, resolveLocale, type ResolvedLocale } from '../i18n';

import type { ThemeName } from '../components/theme-names';

/** What a host (a portal, or the page's URL) asks for; anything unset follows the browser. */
export interface Appearance {
  theme?: ThemeName | undefined;
  locale?: string | undefined;
}

export const fluentThemes: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  'high-contrast': teamsHighContrastTheme,
};

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

/** The theme and locale in effect: the host's choice, else the browser's, following its changes. */
export function useAppearance(requested: Appearance | undefined): { themeName: ThemeName; theme: Theme; locale: ResolvedLocale } {
  const systemTheme = useSyncExternalStore(subscribeToColorScheme, browserTheme, () => 'light' as const);
  const languages = useSyncExternalStore(subscribeToLanguages, languagesKey, () => '');
  const themeName = requested?.theme ?? systemTheme;
  const locale = useMemo(() => resolveLocale([requested?.locale, ...languages.split(',')]), [requested?.locale, languages]);
  return { themeName, theme: fluentThemes[themeName], locale };
}
