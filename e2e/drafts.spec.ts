import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, signIn, test } from './fixtures';

const ITEM = 'Budget 2026.xlsx';

test.beforeEach(async ({ page, emulator: _ }) => {
  await signIn(page, 'adele@contoso.test');
});

async function openDialog(page: Page) {
  await page.getByRole('button', { name: `Share ${ITEM}` }).click();
  return shareDialog(page);
}

function shareDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: `Share "${ITEM}"` });
  return {
    dialog,
    recipients: dialog.getByRole('combobox', { name: 'Recipients' }),
    chips: dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option'),
    message: dialog.getByRole('textbox', { name: 'Message' }),
    role: dialog.getByRole('combobox', { name: 'Permission' }),
  };
}

/** Types a draft: two people (one a directory pick), a role, a message and text still in the input. */
async function typeDraft(page: Page) {
  const form = await openDialog(page);
  await form.recipients.pressSequentially('megan');
  await expect(page.getByRole('listbox', { name: 'Suggested recipients' }).getByRole('option', { name: /Megan Bowen/ })).toBeVisible();
  await form.recipients.press('Enter');
  await form.recipients.pressSequentially('lee@contoso.test;');
  await form.role.click();
  await page.getByRole('option', { name: 'Can edit' }).click();
  await form.message.fill('Numbers for Friday');
  await form.recipients.pressSequentially('kim@fabr');
  return form;
}

async function expectDraft(page: Page) {
  const form = shareDialog(page);
  await expect(form.dialog).toBeVisible();
  await expect(form.chips).toHaveCount(2);
  await expect(form.chips.nth(0)).toContainText('Megan Bowen');
  await expect(form.chips.nth(1)).toContainText('lee@contoso.test');
  await expect(form.recipients).toHaveValue('kim@fabr');
  await expect(form.role).toHaveText('Can edit');
  await expect(form.message).toHaveValue('Numbers for Friday');
  return form;
}

test('a reload opens the dialog again on its item with everything typed; Cancel forgets it', async ({ page }) => {
  await typeDraft(page);
  await page.reload();
  const form = await expectDraft(page);
  expect(
    await page.evaluate(() =>
      Object.keys(sessionStorage)
        .filter((key) => key.startsWith('share-dialog.draft:'))
        .map((key) => sessionStorage.getItem(key) ?? ''),
    ),
  ).toEqual([expect.not.stringMatching(/eyJ|access_token|secret/iu)]);

  await form.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(form.dialog).toBeHidden();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Files in My files' })).toBeVisible();
  await expect(form.dialog).toHaveCount(0);
  const again = await openDialog(page);
  await expect(again.chips).toHaveCount(0);
  await expect(again.message).toHaveValue('');
});

test('a forced sign-in again with the sign-in window blocked: signing in in this window keeps the draft, and the share then goes out once', async ({
  page,
  emulator,
}) => {
  // A pop-up blocker: window.open gives nothing, as Chromium's blocker does for a script's window.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.reload();
  const form = await typeDraft(page);
  await form.recipients.fill('');
  // Twice: the client retries a 401 once with a fresh token by itself.
  await emulator.fault({ method: 'POST', path: '/invite$', status: 401, code: 'InvalidAuthenticationToken', message: 'Access token has expired.', times: 2 });
  await form.dialog.getByRole('button', { name: 'Send' }).click();
  const alert = form.dialog.getByRole('alert');
  await expect(alert).toContainText('InvalidAuthenticationToken');
  await alert.getByRole('button', { name: 'Sign in again' }).click();
  await expect(alert).toContainText('Your browser blocked the sign-in window.');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
  await alert.getByRole('button', { name: 'Sign in in this window' }).click();

  // The provider may still hold a session (it comes straight back) or ask for the password.
  const passwordPage = page.getByRole('heading', { name: 'Sign in' });
  const dialog = shareDialog(page).dialog;
  await expect(passwordPage.or(dialog)).toBeVisible({ timeout: 20_000 });
  if (await passwordPage.isVisible()) {
    await page.getByLabel('Email').fill('adele@contoso.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  const back = shareDialog(page);
  await expect(back.chips).toHaveCount(2);
  await expect(back.message).toHaveValue('Numbers for Friday');
  // Offered, not sent by itself: nothing went out while the page was away.
  await expect(back.dialog.getByText('You are signed in again. Nothing has been sent yet')).toBeVisible();
  expect(await emulator.invitations()).toEqual([]);
  await back.dialog.getByRole('button', { name: 'Send' }).click();
  await expect(back.dialog.getByText(/Shared “Budget 2026\.xlsx” with 2 people/)).toBeVisible();
  const logged = (await emulator.invitations()).filter((invitation) => invitation.itemPath.endsWith(ITEM));
  expect(logged.map((invitation) => invitation.email.toLowerCase()).sort()).toEqual(['lee@contoso.test', 'megan@contoso.test']);
  expect(new Set(logged.map((invitation) => invitation.roles.join()))).toEqual(new Set(['write']));
});
