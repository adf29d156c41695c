import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, test } from './fixtures';

type Role = Parameters<Page['getByRole']>[0];

/** Whether the focused element is the one with this role and accessible name (as Playwright computes them). */
async function isFocused(page: Page, role: Role, name: string | RegExp): Promise<boolean> {
  return page.getByRole(role, { name, exact: typeof name === 'string' }).evaluateAll((elements) => elements.includes(document.activeElement as HTMLElement));
}

/** What has focus now, for failure messages: tag, role and the text a person would see or hear. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return 'nothing';
    const label = active.getAttribute('aria-label') ?? (active as HTMLElement).innerText?.slice(0, 60) ?? '';
    return `${active.tagName.toLowerCase()}[role=${active.getAttribute('role') ?? ''}] “${label}”`;
  });
}

async function expectFocus(page: Page, role: Role, name: string | RegExp): Promise<void> {
  try {
    await expect.poll(() => isFocused(page, role, name)).toBe(true);
  } catch {
    throw new Error(`focus should be on the ${role} “${String(name)}” but is on ${await describeFocus(page)}`);
  }
}

/** Presses Tab (or Shift+Tab) until the control has focus; fails if it is never reached (a trap, or not focusable). */
async function tabTo(page: Page, role: Role, name: string | RegExp, options: { backwards?: boolean; max?: number } = {}): Promise<void> {
  const seen: string[] = [];
  for (let step = 0; step < (options.max ?? 40); step++) {
    await page.keyboard.press(options.backwards ? 'Shift+Tab' : 'Tab');
    if (await isFocused(page, role, name)) return;
    seen.push(await describeFocus(page));
  }
  throw new Error(`Tab never reached the ${role} “${String(name)}”; it went through:\n${seen.join('\n')}`);
}

/** Presses a key until the control has focus (arrow keys in a list); fails after `max` presses. */
async function pressUntilFocused(page: Page, key: string, role: Role, name: string | RegExp, max = 20): Promise<void> {
  for (let step = 0; step < max; step++) {
    if (await isFocused(page, role, name)) return;
    await page.keyboard.press(key);
  }
  await expectFocus(page, role, name);
}

// The whole way from signing in to changing access, with the keyboard only: no click, no fill, no
// focus() call. Each step says where focus must be, as a screen reader user would hear it.
test('keyboard only: sign in, browse, search, share with two people, change a role in Manage access, close', async ({ page, emulator }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await tabTo(page, 'button', 'Sign in');
  await page.keyboard.press('Enter');

  // The provider's sign-in form.
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await tabTo(page, 'textbox', 'Email');
  await page.keyboard.type('adele@contoso.test');
  await page.keyboard.press('Tab');
  await expectFocus(page, 'textbox', 'Password');
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Tab');
  await expectFocus(page, 'button', 'Sign in');
  await page.keyboard.press('Enter');

  // My files: the list is one tab stop; arrows move between rows, Enter opens a folder.
  const myFiles = page.getByRole('table', { name: 'Files in My files' });
  await expect(myFiles.getByText('Budget 2026.xlsx')).toBeVisible();
  await tabTo(page, 'row', /Budget 2026\.xlsx|Big folder|Projects|Reports/);
  await pressUntilFocused(page, 'ArrowDown', 'row', /^Folder: Reports/);
  await page.keyboard.press('Enter');
  const reports = page.getByRole('table', { name: 'Files in Reports' });
  await expect(reports.getByText('Q3 Report.xlsx')).toBeVisible();
  // Opening a folder leaves focus in the list (its first row), not on the page's body.
  await expectFocus(page, 'row', /Archive|Q3 Report|Regional sales/);

  // Search this drive.
  await tabTo(page, 'searchbox', 'Search this drive', { backwards: true });
  await page.keyboard.type('Q3');
  const results = page.getByRole('table', { name: 'Search results for “Q3”' });
  await expect(results.getByText('Q3 Report.xlsx')).toBeVisible();
  await tabTo(page, 'row', /Q3 Report\.xlsx/);
  // Within the row: its selection checkbox, then its Share button.
  await page.keyboard.press('Tab');
  await expectFocus(page, 'checkbox', 'Select Q3 Report.xlsx');
  await page.keyboard.press('Tab');
  await expectFocus(page, 'button', 'Share Q3 Report.xlsx');
  await page.keyboard.press('Enter');

  // The dialog takes focus: the recipients field first.
  const dialog = page.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  await expect(dialog).toBeVisible();
  await expectFocus(page, 'combobox', 'Recipients');

  // One from suggestions: the first is highlighted as the list opens; ArrowDown and ArrowUp move
  // the highlight and Enter takes it.
  await page.keyboard.type('meg');
  const suggestions = page.getByRole('listbox', { name: 'Suggested recipients' });
  await expect(suggestions.getByRole('option', { name: /Megan Bowen/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const chips = dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option');
  await expect(chips).toHaveText([/Megan Bowen/]);
  await expectFocus(page, 'combobox', 'Recipients');
  // One typed in full.
  await page.keyboard.type('lee@contoso.test');
  await page.keyboard.press('Enter');
  await expect(chips).toHaveText([/Megan Bowen/, /lee@contoso\.test/]);
  await expectFocus(page, 'combobox', 'Recipients');

  // Can view → Can edit.
  await tabTo(page, 'combobox', 'Permission');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('listbox').getByRole('option', { name: 'Can edit' })).toBeVisible();
  await pressUntilFocusedOption(page, 'Can edit', 'ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Permission' })).toHaveText('Can edit');
  await expectFocus(page, 'combobox', 'Permission');

  // Send.
  await tabTo(page, 'button', 'Send');
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 2 people.', { exact: true })).toBeVisible();
  // Focus stays in the dialog when the form gives way to the outcome.
  await expect.poll(() => dialog.evaluate((surface) => surface.contains(document.activeElement))).toBe(true);
  const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  const byEmail = () => stored.permissions.map((permission) => [permission.grantedToV2?.user?.email ?? permission.invitation?.email, permission.roles]);
  expect(byEmail().sort()).toEqual([
    ['lee@contoso.test', ['write']],
    ['megan@contoso.test', ['write']],
  ]);

  // Manage access: Megan back to Can view.
  await tabTo(page, 'button', 'Manage access');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'button', 'Back to sharing');
  await tabTo(page, 'combobox', 'Permission for Megan Bowen', { backwards: true });
  await page.keyboard.press('Enter');
  await pressUntilFocusedOption(page, 'Can view', 'ArrowUp');
  await page.keyboard.press('Enter');
  await expectFocus(page, 'combobox', 'Permission for Megan Bowen');
  await expect
    .poll(
      async () =>
        (await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx')).permissions.find((p) => p.grantedToV2?.user?.email === 'megan@contoso.test')
          ?.roles,
    )
    .toEqual(['read']);

  // Close: focus goes back to the Share button that opened the dialog.
  await tabTo(page, 'button', 'Close');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expectFocus(page, 'button', 'Share Q3 Report.xlsx');
});

/** In an open Dropdown's list, moves the active option with an arrow key until it is `name`. */
async function pressUntilFocusedOption(page: Page, name: string, key: 'ArrowDown' | 'ArrowUp'): Promise<void> {
  const option = page.getByRole('listbox').getByRole('option', { name, exact: true });
  for (let step = 0; step < 5; step++) {
    // Fluent's Dropdown keeps focus on its button and marks the active option with aria-activedescendant.
    const active = await page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant') ?? '');
    if (active !== '' && (await option.getAttribute('id')) === active) return;
    await page.keyboard.press(key);
  }
  throw new Error(`the option “${name}” never became active`);
}
