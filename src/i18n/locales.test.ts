import { describe, expect, it } from 'vitest';
import { resolveLocale } from './locales';

describe('resolveLocale', () => {
  it('takes the first requested language that has a catalog, keeping its region for formats', () => {
    expect(resolveLocale(['fr-FR', 'de-CH', 'en-US'])).toEqual({ locale: 'de-CH', catalog: 'de', dir: 'ltr' });
    expect(resolveLocale([undefined, 'en-GB'])).toEqual({ locale: 'en-GB', catalog: 'en', dir: 'ltr' });
  });

  it('lays Arabic out right to left', () => {
    expect(resolveLocale(['ar-EG'])).toEqual({ locale: 'ar-EG', catalog: 'ar', dir: 'rtl' });
  });

  it('skips malformed tags and falls back to English', () => {
    expect(resolveLocale(['not a locale!', '', null, 'de'])).toMatchObject({ catalog: 'de' });
    expect(resolveLocale(['xx-invalid-!!', 'ja-JP'])).toEqual({ locale: 'en', catalog: 'en', dir: 'ltr' });
  });
});
