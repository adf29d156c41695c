import type { Locator, Page } from '@playwright/test';
import { expectAnnounced, recordAnnouncements } from './announcements';
import { expect, expectNoAxeViolations, signIn, test } from './fixtures';

test.beforeEach(async ({ page, emulator: _ }) => {
  await recordAnnouncements(page);
  await signIn(page, 'adele@contoso.test');
});

/** Pastes as a browser does: a real `paste` event carrying the text on its clipboardData. */
async function paste(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.evaluate((element, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

async function openShare(page: Page, name: string) {
  await page.getByRole('button', { name: `Share ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Share "${name}"` });
  await expect(dialog).toBeVisible();
  return {
    dialog,
    recipients: dialog.getByRole('combobox', { name: 'Recipients' }),
    chips: dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option'),
  };
}

// 30 entries as people paste them: Outlook's To line, a spreadsheet column, tab-separated cells.
const externals = Array.from({ length: 20 }, (_, index) => `guest${String(index + 1).padStart(2, '0')}@fabrikam.test`);
const internals = [
  'lee@contoso.test',
  'megan@contoso.test',
  'patti@contoso.test',
  'diego@contoso.test',
  'nestor@contoso.test',
  'casey@contoso.test',
  'isaiah@contoso.test',
];
const PASTED = [
  'lee@contoso.test; Megan Bowen <megan@contoso.test>, "Fernandez, Patti" <patti@contoso.test>',
  'diego@contoso.test\tnestor@contoso.test\tcasey@contoso.test',
  ...externals.slice(0, 10).map((email, index) => (index % 2 === 0 ? email : `"Guest ${index + 1}, Fabrikam" <${email}>`)),
  externals.slice(10).join('\t'),
  'LEE@contoso.test; Megan <MEGAN@contoso.test>', // duplicates, any case
  'isaiah@contoso', // no dot in the domain: an error chip to fix
  'not an address', // spaces: an error chip to remove
].join('\n');

test('pastes a 30-entry list, fixes an error chip, picks suggestions by keyboard and sends exactly those recipients', async ({ page, emulator }) => {
  const { dialog, recipients, chips } = await openShare(page, 'Budget 2026.xlsx');
  await paste(recipients, PASTED);

  // 26 readable, 2 duplicates folded in, 2 error chips that say why; nothing silently dropped.
  await expect(chips).toHaveCount(28);
  await expectAnnounced(page, 'Added 26 recipients. 2 entries could not be read. 2 duplicates were already in the list');
  await expect(dialog.getByText('2 entries could not be read. Select one to fix it, or remove it.')).toBeVisible();
  await expect(chips.filter({ hasText: 'Fernandez, Patti' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'guest01@fabrikam.test' })).toContainText('External');
  await expect(chips.filter({ hasText: 'lee@contoso.test' })).not.toContainText('External');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeDisabled();
  await expectNoAxeViolations(page);

  // Fix one error chip in the input; remove the other with Delete.
  const broken = chips.filter({ hasText: 'isaiah@contoso' });
  await expect(broken).toHaveAccessibleDescription(/needs a dot/);
  await broken.press('Enter');
  await expect(recipients).toBeFocused();
  await expect(recipients).toHaveValue('isaiah@contoso');
  await recipients.press('End');
  await recipients.pressSequentially('.test');
  await recipients.press('Enter');
  await expect(chips.filter({ hasText: 'isaiah@contoso.test' })).toHaveCount(1);
  await chips.filter({ hasText: 'not an address' }).press('Delete');
  await expect(chips).toHaveCount(27);
  await expect(dialog.getByText(/could not be read/)).toHaveCount(0);

  // Keyboard only: type, and the first suggestion is already highlighted; Enter takes it. Focus never leaves the input.
  await recipients.focus();
  await recipients.pressSequentially('alex');
  const suggestions = page.getByRole('listbox', { name: 'Suggested recipients' });
  await expect(suggestions.getByRole('option', { name: /Alex Wilber/ })).toBeVisible();
  await expect(recipients).toHaveAttribute('aria-expanded', 'true');
  await expectAnnounced(page, /^\d+ suggestions?$/);
  await expectNoAxeViolations(page);
  await expect(recipients).toHaveAttribute('aria-activedescendant', /.+/);
  const active = await recipients.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toContainText('Alex Wilber');
  await recipients.press('Enter');
  await expect(chips.filter({ hasText: 'Alex Wilber' })).toHaveCount(1);
  // Alex has a directory photo; a typed address has initials.
  await expect(chips.filter({ hasText: 'Alex Wilber' }).locator('img')).toBeVisible();
  await expect(chips.filter({ hasText: 'lee@contoso.test' }).locator('img')).toHaveCount(0);
  await expectAnnounced(page, 'Added Alex Wilber');

  await recipients.pressSequentially('retail');
  const retail = suggestions.getByRole('option', { name: /Retail Team/ });
  await expect(retail).toBeVisible();
  // Escape closes the list, not the dialog; ArrowDown opens it again.
  await recipients.press('Escape');
  await expect(suggestions).toBeHidden();
  await expect(dialog).toBeVisible();
  await recipients.press('ArrowDown');
  await expect(retail).toBeVisible();
  const retailId = await retail.getAttribute('id');
  for (let step = 0; step < 8 && (await recipients.getAttribute('aria-activedescendant')) !== retailId; step += 1) {
    await recipients.press('ArrowDown');
  }
  await expect(recipients).toHaveAttribute('aria-activedescendant', retailId ?? 'missing');
  await recipients.press('Enter');
  await expect(chips.filter({ hasText: 'Retail Team' })).toHaveCount(1);
  await expect(chips).toHaveCount(29);

  // Send asks first, naming the 20 people outside contoso.test.
  const invite = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
  await dialog.getByRole('button', { name: 'Send' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Share outside your organization?' });
  await expect(confirm.getByRole('listitem')).toHaveCount(20);
  await expect(confirm).toContainText('Guest 2, Fabrikam (guest02@fabrikam.test)');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Share with them' }).click();

  const accounts = await emulator.accounts();
  const alex = accounts.find((account) => account.mail === 'alex@contoso.test');
  const body = (await invite).postDataJSON() as { recipients: ({ email: string } | { objectId: string })[] };
  const objectIds = body.recipients.flatMap((recipient) => ('objectId' in recipient ? [recipient.objectId] : []));
  const emails = body.recipients.flatMap((recipient) => ('email' in recipient ? [recipient.email] : []));
  expect(body.recipients.every((recipient) => Object.keys(recipient).length === 1)).toBe(true);
  expect(objectIds).toHaveLength(2);
  expect(objectIds[0]).toBe(alex?.id);
  expect(emails.sort()).toEqual([...internals, ...externals].sort());

  await expect(dialog.getByText(/Shared “Budget 2026\.xlsx” with/)).toBeVisible();
  // The emulator received exactly these recipients: each once, the picks resolved by object id.
  const logged = (await emulator.invitations()).filter((invitation) => invitation.itemPath.endsWith('Budget 2026.xlsx'));
  expect(logged.map((invitation) => invitation.email.toLowerCase()).sort()).toEqual(
    [...internals, ...externals, 'alex@contoso.test', 'retail@contoso.test'].sort(),
  );
  expect(new Set(logged.map((invitation) => invitation.roles.join()))).toEqual(new Set(['read']));
});

test('removes with Backspace, holds Send at the cap of 50, and keeps every entry', async ({ page }) => {
  const { dialog, recipients, chips } = await openShare(page, 'Budget 2026.xlsx');
  await paste(recipients, Array.from({ length: 51 }, (_, index) => `person${index}@contoso.test`).join('\n'));
  // 50 chips show; the 51st waits behind "+1 more", kept and counted.
  await expect(chips).toHaveCount(50);
  await expect(dialog.getByRole('button', { name: 'Show 1 more recipient' })).toHaveText('+1 more');
  await expect(
    dialog.getByText('You can share with up to 50 recipients at a time. Remove 1 recipient to send, and share with the rest afterwards.'),
  ).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeDisabled();
  await recipients.press('Backspace');
  await expect(chips).toHaveCount(50);
  await expect(dialog.getByRole('button', { name: /more recipient/ })).toHaveCount(0);
  await expect(recipients).toBeFocused();
  await expectAnnounced(page, 'Removed person50@contoso.test');
  await expect(dialog.getByRole('button', { name: 'Send' })).toBeEnabled();
});

test('Enter takes the highlighted suggestion; Tab and Enter with no suggestion take the typed text', async ({ page }) => {
  const { dialog, recipients, chips } = await openShare(page, 'Budget 2026.xlsx');
  // "meg" matches Megan Bowen only: the list opens with her highlighted, and Enter takes her (not the text "meg").
  await recipients.pressSequentially('meg');
  const suggestions = page.getByRole('listbox', { name: 'Suggested recipients' });
  await expect(suggestions.getByRole('option', { name: /Megan Bowen/ })).toBeVisible();
  const active = await recipients.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toContainText('Megan Bowen');
  await recipients.press('Enter');
  await expect(chips.filter({ hasText: 'Megan Bowen' })).toHaveCount(1);
  await expect(dialog.getByText(/is missing an @/)).toHaveCount(0);
  await expect(recipients).toHaveValue('');

  // Tab takes the text as typed even with a suggestion highlighted.
  await recipients.pressSequentially('alex@contoso.test');
  await expect(suggestions.getByRole('option', { name: /Alex Wilber/ })).toBeVisible();
  await recipients.press('Tab');
  await expect(chips.filter({ hasText: 'alex@contoso.test' })).toHaveCount(1);
  await expect(chips.filter({ hasText: 'Alex Wilber' })).toHaveCount(0);

  // A complete address is taken as typed on Enter, even while a suggestion for it shows; arrowing to the suggestion takes the person.
  await recipients.pressSequentially('lee@contoso.test');
  await expect(suggestions.getByRole('option', { name: /Lee Gu/ })).toBeVisible();
  await recipients.press('Enter');
  await expect(chips.filter({ hasText: 'lee@contoso.test' })).toHaveCount(1);
  await recipients.pressSequentially('patti@contoso.test');
  await expect(suggestions.getByRole('option', { name: /Patti Fernandez/ })).toBeVisible();
  await recipients.press('ArrowDown');
  await recipients.press('ArrowUp');
  await recipients.press('Enter');
  await expect(chips.filter({ hasText: 'Patti Fernandez' })).toHaveCount(1);

  // Nobody matches: no list, and Enter commits the address as typed.
  await recipients.focus();
  await recipients.pressSequentially('zed@fabrikam.test');
  await expectAnnounced(page, 'No suggestions for “zed@fabrikam.test”');
  await recipients.press('Enter');
  await expect(chips.filter({ hasText: 'zed@fabrikam.test' })).toHaveCount(1);
});

test('a pasted thousand shows as fifty chips and “+950 more”, and all of them are kept', async ({ page }) => {
  const { dialog, recipients, chips } = await openShare(page, 'Budget 2026.xlsx');
  await paste(recipients, Array.from({ length: 1000 }, (_, index) => `p${index}@contoso.test`).join('\n'));
  await expect(chips).toHaveCount(50);
  const more = dialog.getByRole('button', { name: 'Show 950 more recipients' });
  await expect(more).toHaveText('+950 more');
  await expectAnnounced(page, 'Added 1,000 recipients');
  await expect(
    dialog.getByText('You can share with up to 50 recipients at a time. Remove 950 recipients to send, and share with the rest afterwards.'),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await more.click();
  await expect(chips).toHaveCount(1000);
  await expect(chips.last()).toContainText('p999@contoso.test');
});
