import { DEMO_PASSWORD, expect, expectNoAxeViolations, signIn, test } from './fixtures';

test('signs in on the identity provider’s own page and shows who is signed in', async ({ page, emulator: _ }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/localhost:4100\/interaction\//);
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill('adele@contoso.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL('http://localhost:4173/');
  await expect(page.getByText('Adele Vance')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a wrong password is refused with a reason and the email kept', async ({ page, emulator: _ }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill('adele@contoso.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('That email or password is incorrect.');
  await expect(page.getByLabel('Email')).toHaveValue('adele@contoso.test');
});

test('sign out ends the session at the provider', async ({ page, emulator: _ }) => {
  await signIn(page, 'megan@contoso.test');
  await expect(page.getByText('Megan Bowen')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('http://localhost:4173/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Megan Bowen')).toHaveCount(0);

  // Had only the app forgotten the user, the provider would sign them straight back in.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveValue('');
});

test('says so in place of the page when the app’s code cannot load', async ({ page, emulator: _ }) => {
  // The app's code is asked for once the HTML has painted (src/main.tsx); here it never arrives.
  await page.route(/\/assets\/start-[^/]+\.js$/, (route) => route.abort('connectionfailed'));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The app could not load');
  await expect(alert).toContainText('Check your connection and reload the page.');
  await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // A reload with the code reachable gets the working page.
  await page.unroute(/\/assets\/start-[^/]+\.js$/);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});

test.describe('in the browser’s language', () => {
  test.use({ locale: 'ar-EG' });

  test('the page that says the code cannot load is in Arabic, right to left', async ({ page, emulator: _ }) => {
    await page.route(/\/assets\/start-[^/]+\.js$/, (route) => route.abort('connectionfailed'));
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText('تعذّر تحميل التطبيق');
    await expect(alert).toContainText('تحقّق من اتصالك وأعد تحميل الصفحة.');
    await expect(alert).toHaveCSS('direction', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', /^ar/);
    await expectNoAxeViolations(page);
  });
});

test.describe('in a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('a signed-in tab that cannot start the app says so in German', async ({ page, emulator: _ }) => {
    await signIn(page, 'adele@contoso.test', { signIn: 'Anmelden', signOut: 'Abmelden' });

    // A tab that may be signed in starts MSAL before anything else (src/start.tsx); here its code
    // never arrives.
    await page.route(/\/assets\/msal-[^/]+\.js$/, (route) => route.abort('connectionfailed'));
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading', { level: 1 })).toHaveText('Die App konnte nicht starten');
    await expect(alert).toContainText('Laden Sie die Seite neu.');
    await expect(page.getByRole('button', { name: 'Abmelden' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.unroute(/\/assets\/msal-[^/]+\.js$/);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  });
});
