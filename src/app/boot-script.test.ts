import fc from 'fast-check';
import bootScript from '../../public/boot.js?raw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveLocale } from '../i18n';
import { mayBeSignedIn, noteSignedIn } from './session-hint';

// public/boot.js chooses index.html's first paint before any module has loaded; it repeats two
// decisions of the app by hand, which these tests hold to the app's own answers.

function runBoot(languages: readonly string[]) {
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  // The file as the browser runs it: a classic script's top level.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const boot = new Function(bootScript) as () => void;
  boot();
  const root = document.documentElement;
  return { boot: root.getAttribute('data-boot'), catalog: root.getAttribute('data-catalog'), lang: root.lang, dir: root.dir };
}

afterEach(() => {
  vi.restoreAllMocks();
  sessionStorage.clear();
});

describe('public/boot.js', () => {
  it('paints the signed-out page without a session note, and the skeleton with one', () => {
    expect(mayBeSignedIn(sessionStorage)).toBe(false);
    expect(runBoot(['en-US']).boot).toBe('signed-out');
    noteSignedIn(sessionStorage);
    expect(runBoot(['en-US']).boot).toBe('signed-in');
  });

  it('paints the signed-out page when storage is refused, as the app then has no note', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(runBoot(['de']).boot).toBe('signed-out');
  });

  it.each([
    [['de-CH', 'en'], 'de', 'de-CH', 'ltr'],
    [['fr-FR', 'ar-EG', 'de'], 'ar', 'ar-EG', 'rtl'],
    [['fr', 'es'], 'en', 'en', 'ltr'],
    [['not a tag', '', ' de '], 'de', 'de', 'ltr'],
  ])('picks the catalog of %j: %s, as %s, %s', (languages, catalog, lang, dir) => {
    expect(runBoot(languages)).toMatchObject({ catalog, lang, dir });
  });

  it('picks the same catalog as resolveLocale for any list of languages', () => {
    const tag = fc.oneof(
      fc.constantFrom('en', 'de', 'ar', 'fr', 'de-AT', 'ar-SA', 'en-GB', 'zh-Hant-TW', 'DE', 'x-private', 'i-klingon', '', ' ar '),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 5 }), (languages) => {
        // As browserLocales() reads them: navigator.language when the list is empty.
        const resolved = resolveLocale(languages.length > 0 ? languages : [navigator.language]);
        expect(runBoot(languages)).toMatchObject({ catalog: resolved.catalog, lang: resolved.locale, dir: resolved.dir });
      }),
    );
  });
});
