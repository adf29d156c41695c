/** The themes a portal (or the browser) can ask for: Fluent's web light and dark, and high contrast. */
export const THEME_NAMES = ['light', 'dark', 'high-contrast'] as const;

export type ThemeName = (typeof THEME_NAMES)[number];
