import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInFromPage, test, type AppSignInLabels } from './fixtures';

// With no host asking for a look or a language (the standalone page), the app follows the
// browser: its languages, its colour scheme, and forced colours (Windows high contrast).

/** Signs in through the app's button in its current language, and waits for the file list. */
async function signInAs(page: Page, email: string, labels: AppSignInLabels): Promise<void> {
  await signInFromPage(page, email, labels);
  // The file list (names are data, not translated) is on screen, so the scans cover it too.
  await expect(page.getByRole('table').getByText('Budget 2026.xlsx')).toBeVisible();
}

/** Opens the share dialog on a file and scans it: the dialog's own surfaces follow the theme too. */
async function expectShareDialogAccessible(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Share Budget 2026.xlsx' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share "Budget 2026.xlsx"' });
  await expect(dialog.getByRole('combobox', { name: 'Recipients' })).toBeVisible();
  await expectNoAxeViolations(page);
}

/** Relative luminance (WCAG) of a computed `rgb(…)`/`rgba(…)` colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1);
}

const themeRoot = (page: Page) => page.locator('.fui-FluentProvider[data-theme]').first();

test.describe('a German browser', () => {
  test.use({ locale: 'de-DE' });

  test('gets German text, a German document language, and passes axe signed out and in', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de-DE');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByRole('heading', { level: 1, name: 'Dateien freigeben' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Dateien aus OneDrive und SharePoint freigeben' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await signInAs(page, 'adele@contoso.test', { signIn: 'Anmelden', signOut: 'Abmelden' });
    await expectNoAxeViolations(page);
  });
});

test.describe('an Arabic browser', () => {
  test.use({ locale: 'ar' });

  test('gets Arabic text laid out right to left, and passes axe signed out and in', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(themeRoot(page)).toHaveAttribute('dir', 'rtl');
    const brand = page.getByRole('heading', { level: 1, name: 'مشاركة الملفات' });
    await expect(brand).toBeVisible();
    // The header starts on the right: the product name sits in the right half of the page.
    const box = await brand.boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box && box.x > width / 2, `brand at x=${box?.x} of ${width}`).toBe(true);
    await expectNoAxeViolations(page);

    await signInAs(page, 'adele@contoso.test', { signIn: 'تسجيل الدخول', signOut: 'تسجيل الخروج' });
    await expectNoAxeViolations(page);
  });
});

test.describe('a browser that prefers a dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });

  test('gets the dark theme and passes axe signed out and in', async ({ page }) => {
    await page.goto('/');
    await expect(themeRoot(page)).toHaveAttribute('data-theme', 'dark');
    const background = await themeRoot(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(luminance(background), background).toBeLessThan(0.05);
    const text = await themeRoot(page).evaluate((element) => getComputedStyle(element).color);
    expect(luminance(text), text).toBeGreaterThan(0.6);
    // The page itself (scrollbars, native controls) is told it is dark too.
    await expect(page.locator('html')).toHaveCSS('color-scheme', 'dark');
    await expectNoAxeViolations(page);

    await signInAs(page, 'adele@contoso.test', { signIn: 'Sign in', signOut: 'Sign out' });
    await expectNoAxeViolations(page);
    await expectShareDialogAccessible(page);
  });
});

test.describe('a browser in forced colours (high contrast)', () => {
  test.use({ forcedColors: 'active' });

  test('gets the high-contrast theme and passes axe signed out and in', async ({ page }) => {
    await page.goto('/');
    await expect(themeRoot(page)).toHaveAttribute('data-theme', 'high-contrast');
    await expectNoAxeViolations(page);

    await signInAs(page, 'adele@contoso.test', { signIn: 'Sign in', signOut: 'Sign out' });
    await expectNoAxeViolations(page);
    await expectShareDialogAccessible(page);
  });
});

test.describe('a light, English browser', () => {
  test.use({ locale: 'en-US', colorScheme: 'light' });

  test('gets the light theme in English', async ({ page }) => {
    await page.goto('/');
    await expect(themeRoot(page)).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
    const background = await themeRoot(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(luminance(background), background).toBeGreaterThan(0.9);
  });
});
