// Runs in <head> of index.html before the body is parsed, so the first paint already shows the
// right thing: the static signed-out page in the browser's language, or the skeleton for a tab
// that may be signed in (it waits for MSAL). A classic script with no dependencies: the build
// writes it into index.html as is (scripts/static-signed-out.ts), the dev server serves the file.
// The choices mirror src/app/session-hint.ts (the session note) and src/i18n/locales.ts
// (resolveLocale); src/app/boot-script.test.ts holds them to the same answers.
(function () {
  var root = document.documentElement;
  var signedIn = false;
  try {
    signedIn = window.sessionStorage.getItem('share-dialog.session') !== null;
  } catch {
    // Storage refused (a blocked frame): the app keeps its note in memory, so there is none yet.
  }
  var catalog = 'en';
  var locale = 'en';
  var languages = navigator.languages && navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  for (var index = 0; index < languages.length; index += 1) {
    var tag;
    var language;
    try {
      tag = Intl.getCanonicalLocales(String(languages[index]).trim())[0];
      language = new Intl.Locale(tag).language;
    } catch {
      continue;
    }
    if (language === 'en' || language === 'de' || language === 'ar') {
      catalog = language;
      locale = tag;
      break;
    }
  }
  root.setAttribute('data-boot', signedIn ? 'signed-in' : 'signed-out');
  root.setAttribute('data-catalog', catalog);
  root.lang = locale;
  root.dir = catalog === 'ar' ? 'rtl' : 'ltr';
})();
