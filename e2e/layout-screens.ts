import type { Frame, Page } from '@playwright/test';
import { expect, signIn, type Emulator } from './fixtures';
import { manyScreens } from './layout-screens-many';
import { APP, openFromPortal, portalFrame, signInThroughPopup } from './portal';

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
  /**
   * For a state that ends by itself (sending ends when the write times out): `renew`
   * runs before each variant and brings the state back if it ended; `still` says, after each
   * variant's check, whether the screen still shows it: if not, that variant is checked again, so no
   * check passes on the wrong state.
   */
  renew?: (page: Page, emulator: Emulator) => Promise<void>;
  still?: (page: Page) => Promise<boolean>;
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
 * The variants axe also runs in (the layout check runs in all of them). By default that is every
 * combination, as the issue asks for zero violations in every state. LAYOUT_AXE=pairwise scans a
 * pairwise covering set instead, for a quicker run while working on a screen: every width light
 * and dark, English and Arabic, and every theme with every language (6 scans, not 12).
 */
export function axeVariants(): Variant[] {
  if (process.env.LAYOUT_AXE !== 'pairwise') return allVariants();
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
  // A navigation brings the browser's own languages back, so this one is always checked in the page
  // (in every document of the app in it: the page itself, or the frame a portal shows it in).
  const dir = variant.language === 'ar' ? 'rtl' : 'ltr';
  for (const frame of appDocuments(page)) {
    await frame.evaluate((language) => {
      const languages = language === 'ar' ? ['ar'] : ['en-US', 'en'];
      if (navigator.languages.join(',') === languages.join(',')) return;
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages });
      Object.defineProperty(navigator, 'language', { configurable: true, get: () => languages[0] });
      window.dispatchEvent(new Event('languagechange'));
    }, variant.language);
    await expect(frame.locator('html')).toHaveAttribute('dir', dir);
  }
  await settle(page);
  current.set(page, variant);
}

/** The app's pages in the page (its main frame, or a portal's frame showing /embed); MSAL's hidden frames are not. */
function appDocuments(page: Page): Frame[] {
  return page.frames().filter((frame) => {
    if (frame.isDetached() || !frame.url().startsWith(APP)) return false;
    const path = new URL(frame.url()).pathname;
    return path === '/' || path === '/embed';
  });
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

/** From the empty form: Megan as the one recipient, and an invite the emulator holds unanswered. */
async function sendIntoHang(page: Page, emulator: Emulator): Promise<void> {
  const dialog = shareDialog(page);
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('megan@contoso.test');
  await recipients.press('Enter');
  await emulator.fault({ method: 'POST', path: '/invite$', hang: true });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('button', { name: 'Sending…' })).toBeVisible();
}

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

/**
 * Sending and what comes back: an invite refused (403) with its message in the dialog, the resend's
 * outcome with one person not notified (207), then a send the emulator never answers, so "Sending…"
 * stays on screen (the last screen: only the write's time-out ends it).
 */
export const sendingScreens: ScreenGroup = {
  name: 'sending',
  screens: [
    {
      name: 'dialog-error',
      show: async (page, emulator) => {
        await signIn(page, 'adele@contoso.test');
        await page.getByRole('button', { name: 'Share Budget 2026.xlsx' }).click();
        const dialog = shareDialog(page);
        const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
        // Pradeep's mailbox is seeded to fail notification (emulator/README.md, demo tenant).
        for (const email of ['alex@contoso.test', 'pradeep@contoso.test']) {
          await recipients.fill(email);
          await recipients.press('Enter');
        }
        await emulator.fault({ method: 'POST', path: '/invite$', status: 403, code: 'accessDenied', message: 'Access denied', times: 1 });
        await dialog.getByRole('button', { name: 'Send' }).click();
        await expect(dialog.getByRole('alert')).toContainText("You don't have permission");
      },
    },
    {
      name: 'outcome-with-failure',
      show: async (page) => {
        const dialog = shareDialog(page);
        await dialog.getByRole('button', { name: 'Send' }).click();
        await expect(dialog.getByText('Shared “Budget 2026.xlsx” with 2 people; 1 was not notified.', { exact: true })).toBeVisible();
        const pradeep = dialog.getByRole('list', { name: 'People you invited' }).getByRole('listitem', { name: 'Pradeep Gupta' });
        await pradeep.getByRole('button', { name: 'Details' }).click();
        await expect(pradeep).toContainText('exchangeInvalidUser');
      },
    },
    {
      name: 'sending',
      show: async (page, emulator) => {
        await shareDialog(page).getByRole('button', { name: 'Share with others' }).click();
        await sendIntoHang(page, emulator);
      },
      // When the write times out, the dialog reads the access back and shows that Megan did not get
      // it: from that outcome, in English, share with her again into a new hang.
      renew: async (page, emulator) => {
        if (await page.locator('form[aria-busy="true"]').isVisible()) return;
        await applyVariant(page, BASE);
        await shareDialog(page).getByRole('button', { name: 'Share with others' }).click({ timeout: 30_000 });
        await sendIntoHang(page, emulator);
      },
      // As it is now, without waiting.
      still: (page) => page.locator('form[aria-busy="true"]').isVisible(),
    },
  ],
};

/** The dialog in the demo portal's frame (another site): the sign-in it asks for first, then the dialog itself. */
export const embeddedScreens: ScreenGroup = {
  name: 'embedded',
  screens: [
    {
      name: 'portal-sign-in',
      show: async (page) => {
        await expect((await openFromPortal(page, 'Budget 2026.xlsx')).getByRole('dialog', { name: 'Share with people' })).toBeVisible();
      },
    },
    {
      name: 'portal-dialog',
      show: async (page) => {
        const frame = portalFrame(page, 'Share Budget 2026.xlsx');
        // A cross-site frame signs in through a popup.
        await signInThroughPopup(page, frame);
        const dialog = frame.getByRole('dialog', { name: 'Share "Budget 2026.xlsx"' });
        const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
        await recipients.fill('alex@contoso.test');
        await recipients.press('Enter');
        await expect(dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option')).toHaveCount(1);
      },
    },
  ],
};

/** In the order the screenshots' contact sheet shows them. */
export const SCREEN_GROUPS: readonly ScreenGroup[] = [browsingScreens, messageScreens, dialogScreens, sendingScreens, embeddedScreens, manyScreens];
