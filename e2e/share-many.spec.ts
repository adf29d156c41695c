import type { Page } from '@playwright/test';
import { expect, GRAPH, signIn, test } from './fixtures';

const CONTROL = `${GRAPH}/_emulator`;

// Journeys of many requests each; the shared machine may be slow.
test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page, emulator: _ }) => {
  await signIn(page, 'adele@contoso.test');
});

async function control(path: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(`${CONTROL}${path}`, init);
  expect(response.ok, `${init?.method ?? 'GET'} ${path}`).toBe(true);
  return response;
}
const addFault = (rule: Record<string, unknown>) =>
  control('/faults', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
const requestCounts = async (query: string) => ((await (await control(`/requests?${query}`)).json()) as { total: { http: number; inner: number } }).total;

const selectedCount = async (page: Page) =>
  Number(/(\d+) selected/.exec((await page.getByRole('status').filter({ hasText: 'selected' }).textContent()) ?? '')?.[1]);
const box = (page: Page, name: string) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true });

/** Picks `count` files in a row from the 10,000-item folder, by a click and a Shift+click. */
async function pickFromBigFolder(page: Page, count: number): Promise<void> {
  await page.getByRole('button', { name: 'Big folder', exact: true }).click();
  const table = page.getByRole('table', { name: 'Files in Big folder' });
  const rows = table.getByRole('row').filter({ has: page.getByRole('checkbox') });
  await expect(rows.nth(count - 1)).toBeVisible();
  const names = await rows.locator('[data-item-name]').allTextContents();
  await box(page, names[0]!).click();
  await box(page, names[count - 1]!).click({ modifiers: ['Shift'] });
}

/** Ticks these rows of the folder in view, opens "Share N items" and waits until its items are checked. */
async function shareSelected(page: Page, names: readonly string[]) {
  for (const name of names) await box(page, name).click();
  return openSelectionDialog(page, names.length);
}

/** Opens the dialog for the `count` items selected, once its items are checked. */
async function openSelectionDialog(page: Page, count: number) {
  await page.getByRole('button', { name: `Share ${count} items` }).click();
  const dialog = page.getByRole('dialog', { name: `Share ${count} items` });
  await expect(dialog.getByText('Checking the items…')).toBeHidden({ timeout: 30_000 });
  return dialog;
}

async function addRecipients(page: Page, emails: string[]) {
  const dialog = page.getByRole('dialog');
  const field = dialog.getByRole('combobox', { name: 'Recipients' });
  for (const email of emails) {
    await field.fill(email);
    await field.press('Enter');
  }
  await expect(dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option')).toHaveCount(emails.length);
}

async function chooseCanEdit(page: Page) {
  await page.getByRole('dialog').getByRole('combobox', { name: 'Permission' }).click();
  await page.getByRole('option', { name: 'Can edit' }).click();
}

test('shares 25 items from two folders and a search with two people as Can edit, in at most 2 HTTP requests', async ({ page, emulator }) => {
  // My files: a range of the top folder's files.
  await box(page, 'Budget 2026.xlsx').click();
  await box(page, 'Notes.txt').click({ modifiers: ['Shift'] });
  const fromRoot = await selectedCount(page);
  expect(fromRoot).toBeGreaterThan(2);
  // Search results: the two older reports.
  await page.getByRole('searchbox').fill('Report.xlsx');
  await expect(page.getByRole('table', { name: /Search results/ })).toBeVisible();
  await box(page, 'Q1 Report.xlsx').click();
  await box(page, 'Q2 Report.xlsx').click();
  await page.getByRole('searchbox').fill('');
  // The 10,000-item folder: the rest.
  await pickFromBigFolder(page, 25 - fromRoot - 2);
  await expect(page.getByText('25 selected')).toBeVisible();

  const dialog = await openSelectionDialog(page, 25);
  await expect(dialog).toBeVisible();
  await addRecipients(page, ['alex@contoso.test', 'megan@contoso.test']);
  await chooseCanEdit(page);

  await control('/requests', { method: 'DELETE' });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 25 of 25 items.')).toBeVisible({ timeout: 30_000 });

  expect(await requestCounts('method=POST&path=%5C%24batch')).toEqual({ http: 2, inner: 0 });
  expect(await requestCounts('path=%2Finvite%24')).toEqual({ http: 0, inner: 25 });
  const invitations = await emulator.invitations();
  expect(invitations).toHaveLength(50);
  expect(new Set(invitations.map((i) => i.itemPath)).size).toBe(25);
  expect(invitations.every((i) => i.roles.join() === 'write' && ['alex@contoso.test', 'megan@contoso.test'].includes(i.email))).toBe(true);
  const q1 = await emulator.item('adele@contoso.test', '/Reports/Archive/Q1 Report.xlsx');
  expect(q1.permissions.map((p) => [p.grantedToV2?.user?.email, p.roles.join()]).sort()).toEqual([
    ['alex@contoso.test', 'write'],
    ['megan@contoso.test', 'write'],
  ]);
});

test('every item succeeds while 30 % of the inner requests are answered 429 with Retry-After 1', async ({ page, emulator }) => {
  await addFault({ scope: 'inner', path: '/invite$', status: 429, fraction: 0.3, headers: { 'Retry-After': '1' } });
  await pickFromBigFolder(page, 12);
  const dialog = await openSelectionDialog(page, 12);
  await addRecipients(page, ['alex@contoso.test']);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 12 of 12 items.')).toBeVisible({ timeout: 20_000 });
  expect(await emulator.invitations()).toHaveLength(12);
  // Some were throttled and sent again, so more inner invites arrived than items.
  expect((await requestCounts('path=%2Finvite%24')).inner).toBeGreaterThan(12);
});

test('a partial failure is retried for just the failed item', async ({ page, emulator }) => {
  const notes = await emulator.item('adele@contoso.test', '/Notes.txt');
  await addFault({ scope: 'inner', path: `/items/${notes.item.id}/invite$`, status: 500, times: 1 });
  const dialog = await shareSelected(page, ['Budget 2026.xlsx', 'Notes.txt', 'Contract.pdf']);
  await addRecipients(page, ['alex@contoso.test']);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 2 of 3 items.')).toBeVisible({ timeout: 30_000 });
  const outcomes = dialog.getByRole('list', { name: 'Outcome by item' });
  await expect(outcomes.getByRole('listitem').filter({ hasText: 'Notes.txt' })).toContainText('Not shared');
  await expect(outcomes.getByRole('listitem').filter({ hasText: 'Notes.txt' })).toContainText('generalException');

  await dialog.getByRole('button', { name: 'Retry failed' }).click();
  await expect(dialog.getByText('Shared 3 of 3 items.')).toBeVisible({ timeout: 30_000 });
  const invitations = await emulator.invitations();
  expect(invitations.map((i) => i.itemPath).sort()).toEqual(['/Budget 2026.xlsx', '/Contract.pdf', '/Notes.txt']);
});

test('selects and shares by keyboard only', async ({ page }) => {
  const table = page.getByRole('table', { name: 'Files in My files' });
  await expect(box(page, 'Budget 2026.xlsx')).toBeVisible();
  await table.getByRole('row', { name: /Budget 2026\.xlsx/ }).focus();
  await page.keyboard.press('Space');
  await expect(box(page, 'Budget 2026.xlsx')).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  await expect(page.getByText('3 selected')).toBeVisible();
  // The checkbox itself: Tab into the row's controls, Space unticks it.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('type', 'checkbox');
  await page.keyboard.press('Space');
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Share 2 items' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Share 2 items' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByText('2 selected')).toBeVisible();
});

test('names before Send an item shared with Adele as Can view, locks sign-in for a folder, and shares the rest', async ({ page, emulator }) => {
  await box(page, 'Budget 2026.xlsx').click();
  await box(page, 'Reports').click();
  await page.getByRole('tab', { name: 'Shared with me' }).click();
  await box(page, 'Campaigns').click();
  const dialog = await openSelectionDialog(page, 3);
  const notice = dialog.getByRole('listitem').filter({ hasText: 'Campaigns' });
  await expect(dialog.getByText('1 item will not be shared')).toBeVisible();
  await expect(notice).toContainText('You can only view this item; only people who can edit it may share it.');
  const signInSwitch = dialog.getByRole('switch', { name: 'Require sign-in' });
  await expect(signInSwitch).toBeChecked();
  await expect(signInSwitch).toBeDisabled();
  await expect(signInSwitch).toHaveAccessibleDescription('Folders can be shared only with people who sign in, so sign-in is required for every item.');
  await expect(dialog.getByLabel('Password')).toBeDisabled();

  await addRecipients(page, ['lee@contoso.test']);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 2 of 2 items.')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('1 item was not shared')).toBeVisible();
  const invitations = await emulator.invitations();
  expect(invitations.map((i) => [i.itemPath, i.email, i.requireSignIn]).sort()).toEqual([
    ['/Budget 2026.xlsx', 'lee@contoso.test', true],
    ['/Reports', 'lee@contoso.test', true],
  ]);
});

test('a 207 and an inner 500: outcome per item and per recipient, Retry failed resends only what failed', async ({ page, emulator }) => {
  const notes = await emulator.item('adele@contoso.test', '/Notes.txt');
  await addFault({ scope: 'inner', path: `/items/${notes.item.id}/invite$`, status: 500, times: 1 });
  const dialog = await shareSelected(page, ['Budget 2026.xlsx', 'Notes.txt']);
  await addRecipients(page, ['alex@contoso.test', 'pradeep@contoso.test']);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText(/Shared 0 of 2 items\. Partly shared: 1\. Not shared: 1\./)).toBeVisible({ timeout: 30_000 });
  const outcomes = dialog.getByRole('list', { name: 'Outcome by item' });
  const budget = outcomes.getByRole('listitem').filter({ hasText: 'Budget 2026.xlsx' }).first();
  await expect(budget).toContainText('Partly shared');
  const people = budget.getByRole('list', { name: 'People you invited' });
  await expect(people.getByRole('listitem', { name: 'Pradeep Gupta' })).toContainText('Not notified');
  await expect(people.getByRole('listitem', { name: 'Alex Wilber' })).toContainText('Email sent');
  await expect(outcomes.getByRole('listitem').filter({ hasText: 'Notes.txt' }).first()).toContainText('generalException');

  const before = (await emulator.invitations()).length;
  await dialog.getByRole('button', { name: 'Retry failed' }).click();
  // Notes now reaches both; Pradeep's mailbox still refuses (as seeded), so both stay partly shared.
  await expect(dialog.getByText(/Shared 0 of 2 items\. Partly shared: 2\.$/)).toBeVisible({ timeout: 30_000 });
  // Notes to both; Budget only to the one not notified.
  const retried = (await emulator.invitations()).slice(before);
  expect(retried.map((i) => [i.itemPath, i.email]).sort()).toEqual([
    ['/Budget 2026.xlsx', 'pradeep@contoso.test'],
    ['/Notes.txt', 'alex@contoso.test'],
    ['/Notes.txt', 'pradeep@contoso.test'],
  ]);
});

test('Manage access for one item from the outcome, and back to the outcome', async ({ page }) => {
  const dialog = await shareSelected(page, ['Budget 2026.xlsx', 'Notes.txt']);
  await addRecipients(page, ['alex@contoso.test']);
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 2 of 2 items.')).toBeVisible({ timeout: 30_000 });

  await dialog.getByRole('button', { name: 'Manage access to “Notes.txt”' }).click();
  await expect(dialog.getByRole('heading', { name: 'Manage access to “Notes.txt”' })).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Permission for Alex Wilber' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Back to the outcome' })).toBeFocused();
  // Escape leads back to the outcome, not out of the dialog; focus returns to the item's button.
  await page.keyboard.press('Escape');
  await expect(dialog.getByText('Shared 2 of 2 items.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Manage access to “Notes.txt”' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('Cancel between batches: what was in flight lands, the rest is reported not sent and can be sent after', async ({ page, emulator }) => {
  // 70 items are four batches (20, 20, 20, 10), three in flight at once: the fourth waits.
  await page.getByRole('button', { name: 'Big folder', exact: true }).click();
  const table = page.getByRole('table', { name: 'Files in Big folder' });
  await table
    .getByRole('row')
    .filter({ has: page.getByRole('checkbox') })
    .first()
    .focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 69; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+Space');
  await expect(page.getByText('70 selected')).toBeVisible();
  const dialog = await openSelectionDialog(page, 70);
  await addRecipients(page, ['alex@contoso.test']);

  // Each batch of invites now takes 4 s at the emulator.
  await addFault({ scope: 'direct', method: 'POST', path: '/\\$batch$', delayMs: 4000, times: 10 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 0 of 70 items')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByText('Stopping after the batches already on their way…')).toBeVisible();
  await expect(dialog.getByText(/Shared 60 of 70 items\.\s+Not sent: 10\.$/)).toBeVisible({ timeout: 30_000 });
  expect(await emulator.invitations()).toHaveLength(60);
  expect((await requestCounts('method=POST&path=%5C%24batch')).http).toBeGreaterThanOrEqual(3);

  await control('/faults', { method: 'DELETE' });
  await dialog.getByRole('button', { name: 'Retry failed' }).click();
  await expect(dialog.getByText('Shared 70 of 70 items.')).toBeVisible({ timeout: 30_000 });
  const invitations = await emulator.invitations();
  expect(invitations).toHaveLength(70);
  expect(new Set(invitations.map((i) => i.itemPath)).size).toBe(70);
});

test('a batch whose answer is lost after it ran: the items’ access is read back, nothing is retried, nobody is invited twice', async ({ page, emulator }) => {
  const dialog = await shareSelected(page, ['Budget 2026.xlsx', 'Notes.txt']);
  await addRecipients(page, ['alex@contoso.test', 'megan@contoso.test']);
  // The invites run, then the connection drops halfway through the answer.
  await addFault({ method: 'POST', scope: 'direct', path: '/\\$batch$', dropAfter: true });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 2 of 2 items.')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('button', { name: 'Retry failed' })).toHaveCount(0);
  const invitations = await emulator.invitations();
  expect(invitations.map((i) => `${i.itemPath} ${i.email}`).sort()).toEqual([
    '/Budget 2026.xlsx alex@contoso.test',
    '/Budget 2026.xlsx megan@contoso.test',
    '/Notes.txt alex@contoso.test',
    '/Notes.txt megan@contoso.test',
  ]);
});

test('a lost batch answer whose read-back fails too: the items may or may not be shared, and are not offered again', async ({ page, emulator }) => {
  const dialog = await shareSelected(page, ['Budget 2026.xlsx', 'Notes.txt']);
  await addRecipients(page, ['alex@contoso.test']);
  await addFault({ method: 'POST', scope: 'direct', path: '/\\$batch$', dropAfter: true });
  await addFault({ method: 'GET', path: '/permissions$', status: 500, times: 20 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 0 of 2 items.')).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByText('it may or may not be shared, so it is not sent again', { exact: false })).toHaveCount(2);
  await expect(dialog.getByRole('button', { name: 'Retry failed' })).toHaveCount(0);
  // They were in fact shared once each: the dialog never sent them again.
  expect((await emulator.invitations()).map((i) => `${i.itemPath} ${i.email}`).sort()).toEqual([
    '/Budget 2026.xlsx alex@contoso.test',
    '/Notes.txt alex@contoso.test',
  ]);
});
