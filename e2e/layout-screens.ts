import type { Page } from '@playwright/test';
import { expect, signIn, type Emulator } from './fixtures';

/**
 * The screens the layout check, axe and `npm run screenshots` go through, and the ways a screen is
 * shown (width, theme, language). A group's screens are reached one after another in ONE page, so
 * adding a screen is adding a step: `show` takes the page from the previous screen of its group
 * (in English, light, 1280 px) to this one and waits until it is on screen.
 */
export interface Screen {
  /** Short and unique; also the screenshot's file name. */
  name: string;
  show: (page: Page, emulator: Emulator) => Promise<void>;
}

export interface ScreenGroup {
  name: string;
  screens: readonly Screen[];
}

export type ThemeVariant = 'light' | 'dark';
export type LanguageVariant = 'en' | 'ar';

export interface Variant {
  width: number;
  theme: ThemeVariant;
  language: LanguageVariant;
}

export const WIDTHS = [360, 768, 1280] as const;
export const THEMES: readonly ThemeVariant[] = ['light', 'dark'];
export const LANGUAGES: readonly LanguageVariant[] = ['en', 'ar'];
const HEIGHT = 800;
export const BASE: Variant = { width: 1280, theme: 'light', language: 'en' };

/** Every combination, ordered so that consecutive ones differ in as little as possible. */
export function allVariants(): Variant[] {
  return WIDTHS.flatMap((width) => THEMES.flatMap((theme) => LANGUAGES.map((language) => ({ width, theme, language }))));
}

export const variantName = (variant: Variant) => `${variant.width}px ${variant.theme} ${variant.language}`;

/**
 * The variants axe also runs in (the layout check, which is cheap, runs in all of them). axe takes
 * about a second a scan, so by default it runs in a pairwise covering set: every width is scanned
 * light and dark, English and Arabic, and every theme with every language (6 scans, not 12).
 * LAYOUT_AXE=all scans every combination.
 */
export function axeVariants(): Variant[] {
  if (process.env.LAYOUT_AXE === 'all') return allVariants();
  const pairs: [ThemeVariant, LanguageVariant][][] = [
    [
      ['light', 'en'],
      ['dark', 'ar'],
    ],
    [
      ['light', 'ar'],
      ['dark', 'en'],
    ],
    [
      ['light', 'en'],
      ['dark', 'ar'],
    ],
  ];
  return WIDTHS.flatMap((width, index) => (pairs[index] ?? []).map(([theme, language]) => ({ width, theme, language })));
}

export const sameVariant = (a: Variant, b: Variant) => a.width === b.width && a.theme === b.theme && a.language === b.language;

/** What each page was last switched to, so that only what differs is switched. */
const current = new WeakMap<Page, Variant>();

/**
 * Switches the page in place, as a person would: the window's width, the system colour scheme
 * (which the app follows through matchMedia) and the browser's languages (which it follows through
 * navigator.languages and the `languagechange` event). No reload, so the screen's state survives.
 */
export async function applyVariant(page: Page, variant: Variant): Promise<void> {
  const before = current.get(page);
  if (before?.width !== variant.width) await page.setViewportSize({ width: variant.width, height: HEIGHT });
  if (before?.theme !== variant.theme) await page.emulateMedia({ colorScheme: variant.theme });
  // A navigation brings the browser's own languages back, so this one is always checked in the page.
  await page.evaluate((language) => {
    const languages = language === 'ar' ? ['ar'] : ['en-US', 'en'];
    if (navigator.languages.join(',') === languages.join(',')) return;
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => languages[0] });
    window.dispatchEvent(new Event('languagechange'));
  }, variant.language);
  const dir = variant.language === 'ar' ? 'rtl' : 'ltr';
  await expect(page.locator('html')).toHaveAttribute('dir', dir);
  await settle(page);
  current.set(page, variant);
}

/** Waits for React's re-render, the virtual list's re-measure and any running transition. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    const deadline = performance.now() + 2000;
    while (document.getAnimations().some((animation) => animation.playState === 'running') && performance.now() < deadline) await frame();
    await frame();
  });
}

const files = (page: Page, name: string) => page.getByRole('table', { name });

/** Signed out, then the file list's places: My files, Shared with me, Libraries, a search, the big folder. */
export const browsingScreens: ScreenGroup = {
  name: 'browsing',
  screens: [
    {
      name: 'signed-out',
      show: async (page) => {
        await page.goto('/');
        await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      },
    },
    {
      name: 'file-list',
      show: async (page) => {
        await signIn(page, 'adele@contoso.test');
        await expect(files(page, 'Files in My files').getByText('Budget 2026.xlsx')).toBeVisible();
      },
    },
    {
      name: 'shared-with-me',
      show: async (page) => {
        await page.getByRole('tab', { name: 'Shared with me' }).click();
        await expect(files(page, 'Files in Shared with me').getByText('Marketing plan.docx')).toBeVisible();
      },
    },
    {
      name: 'libraries',
      show: async (page) => {
        await page.getByRole('tab', { name: 'Libraries' }).click();
        await expect(page.getByRole('list', { name: 'Libraries' }).getByRole('button', { name: /Human Resources/ })).toBeVisible();
      },
    },
    {
      name: 'search-results',
      show: async (page) => {
        await page.getByRole('tab', { name: 'My files' }).click();
        await page.getByRole('searchbox', { name: 'Search this drive' }).fill('report');
        await expect(files(page, 'Search results for “report”').getByText('Q3 Report.xlsx')).toBeVisible();
      },
    },
    {
      name: 'big-folder-scrolled',
      show: async (page) => {
        await page.getByRole('searchbox', { name: 'Search this drive' }).fill('');
        await page.getByRole('button', { name: 'Big folder', exact: true }).click();
        const table = files(page, 'Files in Big folder');
        await expect(table).toHaveAttribute('aria-rowcount', '10001');
        // Well into the folder: several pages loaded, rows recycled.
        await table.getByRole('row').nth(1).focus();
        for (let step = 0; step < 20; step++) await page.keyboard.press('PageDown');
        const focused = table.locator('[role="row"]:focus');
        await expect.poll(async () => Number(await focused.getAttribute('aria-rowindex'))).toBeGreaterThan(150);
        await expect(focused).toBeInViewport();
      },
    },
  ],
};

/** What the user reads when something went wrong: a deep link that names no item, a folder that fails. */
export const messageScreens: ScreenGroup = {
  name: 'messages',
  screens: [
    {
      name: 'deep-link-notice',
      show: async (page) => {
        await signIn(page, 'adele@contoso.test');
        await page.goto(`/?target=${encodeURIComponent('/drives/b!x/items/1/children')}`);
        await expect(page.getByRole('alert')).toContainText('The link does not point to a file or folder');
        await expect(files(page, 'Files in My files').getByText('Budget 2026.xlsx')).toBeVisible();
      },
    },
    {
      name: 'error-message',
      show: async (page, emulator) => {
        await page.getByRole('button', { name: 'Browse your files instead' }).click();
        // Any folder's listing now fails (the root's is cached and stays on screen until then).
        await emulator.fault({ method: 'GET', path: '/items/[^/]+/children$', status: 403, code: 'accessDenied', message: 'Access denied' });
        await page.getByRole('button', { name: 'Projects', exact: true }).click();
        await expect(page.getByRole('alert')).toContainText('This folder could not be opened');
      },
    },
  ],
};

const shareDialog = (page: Page) => page.getByRole('dialog', { name: 'Share "Budget 2026.xlsx"' });

/** The share dialog: empty, with suggestions, with a long pasted list and errors, asking about outsiders, Manage access. */
export const dialogScreens: ScreenGroup = {
  name: 'dialog',
  screens: [
    {
      name: 'dialog-empty',
      show: async (page) => {
        await signIn(page, 'adele@contoso.test');
        await page.getByRole('button', { name: 'Share Budget 2026.xlsx' }).click();
        await expect(shareDialog(page).getByRole('combobox', { name: 'Recipients' })).toBeVisible();
      },
    },
    {
      name: 'suggestions-open',
      show: async (page) => {
        await shareDialog(page).getByRole('combobox', { name: 'Recipients' }).pressSequentially('me');
        await expect(page.getByRole('listbox', { name: 'Suggested recipients' }).getByRole('option').first()).toBeVisible();
      },
    },
    {
      name: 'chips-with-errors',
      show: async (page) => {
        const recipients = shareDialog(page).getByRole('combobox', { name: 'Recipients' });
        // Empty the input (no list is left open; Escape now would close the dialog).
        await recipients.fill('');
        const list = [
          'Megan Bowen <megan@contoso.test>',
          '"Fernandez, Patti" <patti@contoso.test>',
          'isaiah@contoso',
          'not an address',
          ...Array.from({ length: 60 }, (_, index) => `guest${index}@fabrikam.test`),
        ].join('\n');
        await recipients.evaluate((element, text) => {
          const data = new DataTransfer();
          data.setData('text/plain', text);
          element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }, list);
        await expect(shareDialog(page).getByRole('button', { name: /more recipients/ })).toBeVisible();
      },
    },
    {
      name: 'external-confirmation',
      show: async (page) => {
        const dialog = shareDialog(page);
        const chips = dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option');
        await chips.filter({ hasText: 'not an address' }).press('Delete');
        await chips.filter({ hasText: 'isaiah@contoso' }).press('Delete');
        // Down to the cap of 50: remove the last 14 (the list shows them once expanded).
        await dialog.getByRole('button', { name: /more recipients/ }).click();
        const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
        await recipients.focus();
        for (let step = 0; step < 14; step++) await recipients.press('Backspace');
        await dialog.getByRole('button', { name: 'Send' }).click();
        await expect(page.getByRole('alertdialog', { name: 'Share outside your organization?' })).toBeVisible();
      },
    },
    {
      name: 'manage-access',
      show: async (page) => {
        await page.getByRole('alertdialog', { name: 'Share outside your organization?' }).getByRole('button', { name: 'Go back' }).click();
        await shareDialog(page).getByRole('button', { name: 'Manage access' }).click();
        await expect(page.getByRole('dialog', { name: 'Share "Budget 2026.xlsx"' }).getByRole('button', { name: 'Back to sharing' })).toBeVisible();
      },
    },
  ],
};

/** In the order the screenshots' contact sheet shows them. */
export const SCREEN_GROUPS: readonly ScreenGroup[] = [browsingScreens, messageScreens, dialogScreens];
