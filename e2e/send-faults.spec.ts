import type { Locator, Page } from '@playwright/test';
import { recordAnnouncements, announcements } from './announcements';
import { expect, GRAPH, signIn, test, type Emulator } from './fixtures';

/** A fault rule as the emulator's control API takes it (emulator/README.md, "Control API"). */
interface FaultRule {
  method?: string;
  path: string;
  status?: number;
  headers?: Record<string, string>;
  times?: number;
  delayMs?: number;
  dropAfter?: boolean;
  malformed?: boolean;
  hang?: boolean;
}

async function fault(rule: FaultRule): Promise<void> {
  const response = await fetch(`${GRAPH}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
  expect(response.status, `fault ${JSON.stringify(rule)}`).toBe(201);
}

async function settings(values: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${GRAPH}/_emulator/settings`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(values) });
  expect(response.status, 'emulator settings').toBe(200);
}

const ALEX = 'alex@contoso.test';
const MEGAN = 'megan@contoso.test';

async function openQ3(page: Page): Promise<Locator> {
  await signIn(page, 'adele@contoso.test');
  // By keyboard: below 600 px the file list's cells lie over its buttons.
  await page.getByRole('button', { name: 'Reports', exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Share Q3 Report.xlsx' }).press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  // The item's facts and the tenant's domains load first; on a busy machine that can take a while.
  await expect(dialog.getByRole('combobox', { name: 'Recipients' })).toBeVisible({ timeout: 30_000 });
  return dialog;
}

async function addRecipients(dialog: Locator, emails: string[]): Promise<void> {
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  for (const email of emails) {
    await recipients.fill(email);
    await recipients.press('Enter');
  }
}

/** How many invitations the emulator logged per address, for Q3 Report. */
async function invitationCounts(emulator: Emulator): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const record of await emulator.invitations()) {
    if (record.itemPath.endsWith('Q3 Report.xlsx')) counts[record.email] = (counts[record.email] ?? 0) + 1;
  }
  return counts;
}

const invitePath = '/invite$';

for (const [name, rule] of [
  ['its connection dropped after it ran (dropAfter)', { method: 'POST', path: invitePath, dropAfter: true }],
  ['its answer cut in half (malformed)', { method: 'POST', path: invitePath, malformed: true }],
] as const) {
  test(`an invite whose answer is lost, ${name}: the dialog reads the access back and nobody is invited twice`, async ({ page, emulator }) => {
    const dialog = await openQ3(page);
    await addRecipients(dialog, [ALEX, MEGAN]);
    await fault(rule);
    await dialog.getByRole('button', { name: 'Send' }).click();

    await expect(dialog.getByText('The answer from Microsoft Graph was lost, so the dialog read the item’s access back.', { exact: false })).toBeVisible();
    const list = dialog.getByRole('list', { name: 'People you invited' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByText('Has access')).toHaveCount(2);
    await expect(list.getByText('The email may or may not have gone out.')).toHaveCount(2);
    // Nobody is missing, so there is nothing to send again.
    await expect(dialog.getByRole('button', { name: 'Retry' })).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'Send' })).toHaveCount(0);
    // Enter twice on what has focus now changes nothing on the server.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await invitationCounts(emulator)).toEqual({ [ALEX]: 1, [MEGAN]: 1 });
  });
}

test('an invite answered 504 landed nowhere: the read-back says so and Retry sends to each person exactly once', async ({ page, emulator }) => {
  const dialog = await openQ3(page);
  await addRecipients(dialog, [ALEX, MEGAN]);
  await fault({ method: 'POST', path: invitePath, status: 504 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('The answer from Microsoft Graph was lost', { exact: false })).toBeVisible();
  const list = dialog.getByRole('list', { name: 'People you invited' });
  await expect(list.getByText('Not shared')).toHaveCount(2);
  // The invitation never reached them: nothing is wrong with their addresses.
  await expect(list.getByText('The invitation did not reach this person: they do not have access yet. Retry sends it to them again.')).toHaveCount(2);
  await expect(list.getByText('Check the address', { exact: false })).toHaveCount(0);
  expect(await invitationCounts(emulator)).toEqual({});

  const retry = dialog.getByRole('button', { name: 'Retry' });
  await retry.click();
  await expect(list.getByText('Email sent')).toHaveCount(2);
  await expect(dialog.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  expect(await invitationCounts(emulator)).toEqual({ [ALEX]: 1, [MEGAN]: 1 });
});

test('when reading the access back fails too, the dialog says so and offers only Check again', async ({ page, emulator }) => {
  const dialog = await openQ3(page);
  await addRecipients(dialog, [ALEX]);
  await fault({ method: 'POST', path: invitePath, dropAfter: true });
  await fault({ method: 'GET', path: '/permissions$', status: 500, times: 3 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Could not check who has access')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Send' })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  const checkAgain = dialog.getByRole('button', { name: 'Check again' });
  // Until the fault is spent, each check fails again (the client itself does not retry a 500).
  await checkAgain.click();
  await expect(dialog.getByText('Could not check who has access')).toBeVisible();
  await checkAgain.click();
  await expect(dialog.getByText('Could not check who has access')).toBeVisible();
  await checkAgain.click();
  await expect(dialog.getByRole('list', { name: 'People you invited' }).getByText('Has access')).toHaveCount(1);
  expect(await invitationCounts(emulator)).toEqual({ [ALEX]: 1 });
});

test('an invite answered 429 (Retry-After 2) twice shows the countdown and goes through with one invitation', async ({ page, emulator }) => {
  await recordAnnouncements(page);
  const dialog = await openQ3(page);
  await addRecipients(dialog, [ALEX]);
  await fault({ method: 'POST', path: invitePath, status: 429, headers: { 'Retry-After': '2' }, times: 2 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText(/Microsoft Graph is busy; trying again in [12] s\./)).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'People you invited' }).getByText('Email sent')).toHaveCount(1);
  expect(await invitationCounts(emulator)).toEqual({ [ALEX]: 1 });
  // Announced once per wait (two waits), never once a second.
  const busy = (await announcements(page)).filter((message) => message.includes('Microsoft Graph is busy'));
  expect(busy.length).toBeGreaterThanOrEqual(1);
  expect(busy.length).toBeLessThanOrEqual(2);
});

test('without a readable Retry-After the invite still goes through after backoff', async ({ page, emulator }) => {
  await settings({ exposeRetryAfter: false });
  const dialog = await openQ3(page);
  await addRecipients(dialog, [ALEX]);
  await fault({ method: 'POST', path: invitePath, status: 429, headers: { 'Retry-After': '2' }, times: 2 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('list', { name: 'People you invited' }).getByText('Email sent')).toHaveCount(1, { timeout: 30_000 });
  expect(await invitationCounts(emulator)).toEqual({ [ALEX]: 1 });
});

test('Cancel during a long Retry-After stops the send: nobody is invited and the draft is as it was', async ({ page, emulator }) => {
  const dialog = await openQ3(page);
  await addRecipients(dialog, [ALEX, MEGAN]);
  await dialog.getByRole('textbox', { name: 'Message' }).fill('The Q3 numbers');
  await fault({ method: 'POST', path: invitePath, status: 429, headers: { 'Retry-After': '20' }, times: 1 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText(/Microsoft Graph is busy; trying again in \d+ s\./)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel sending' }).click();
  await expect(dialog.getByText('Sending stopped.', { exact: false })).toBeVisible();
  const chips = dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option');
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(0)).toContainText(ALEX);
  await expect(chips.nth(1)).toContainText(MEGAN);
  await expect(dialog.getByRole('textbox', { name: 'Message' })).toHaveValue('The Q3 numbers');
  // The fault's one 429 is spent and nothing was retried.
  expect(await invitationCounts(emulator)).toEqual({});
  const pending = (await (await fetch(`${GRAPH}/_emulator/faults`)).json()) as unknown[];
  expect(pending).toEqual([]);
});
