import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, E2E_IDENTITY, expect, signIn, test, whenClosed } from './fixtures';

const ITEM = 'Budget 2026.xlsx';

function shareDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: `Share "${ITEM}"` });
  return {
    dialog,
    recipients: dialog.getByRole('combobox', { name: 'Recipients' }),
    chips: dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option'),
  };
}

/** The provider may still hold a session (the window closes by itself) or ask for the password. */
async function finishSignInWindow(popup: Page) {
  const passwordPage = popup.getByRole('heading', { name: 'Sign in' });
  const closed = whenClosed(popup).then(() => 'closed' as const);
  // The window may close before its page is read: that is the answer too.
  const asked = passwordPage
    .waitFor({ timeout: 20_000 })
    .then(() => 'asked' as const)
    .catch(() => closed);
  if ((await Promise.race([closed, asked])) === 'asked') {
    await popup.getByLabel('Email').fill('adele@contoso.test');
    await popup.getByLabel('Password').fill(DEMO_PASSWORD);
    await popup.getByRole('button', { name: 'Sign in' }).click();
    await closed;
  }
}

test('a claims challenge on the invite: Sign in again asks for those claims in a window, then the share goes out once', async ({ page, emulator }) => {
  await signIn(page, 'adele@contoso.test');
  await page.getByRole('button', { name: `Share ${ITEM}` }).click();
  const form = shareDialog(page);
  await form.recipients.pressSequentially('lee@contoso.test;megan@contoso.test;');
  await expect(form.chips).toHaveCount(2);
  await emulator.fault({ method: 'POST', path: '/invite$', claims: true });
  await form.dialog.getByRole('button', { name: 'Send' }).click();
  const alert = form.dialog.getByRole('alert');
  await expect(alert).toContainText('Your organization asks you to sign in again');
  expect(await emulator.invitations()).toEqual([]);

  const authorize = page.context().waitForEvent('request', (request) => request.url().startsWith(`${E2E_IDENTITY}/auth?`));
  const popup = page.waitForEvent('popup');
  await alert.getByRole('button', { name: 'Sign in again' }).click();
  // The challenge's claims go to the provider with the interactive request.
  const claims = new URL((await authorize).url()).searchParams.get('claims') ?? '';
  expect(JSON.parse(claims)).toMatchObject({ access_token: { nbf: { essential: true } } });
  await finishSignInWindow(await popup);

  // The pending send resumes by itself, once.
  await expect(form.dialog.getByText(/Shared “Budget 2026\.xlsx” with 2 people/)).toBeVisible();
  const logged = (await emulator.invitations()).filter((invitation) => invitation.itemPath.endsWith(ITEM));
  expect(logged.map((invitation) => invitation.email.toLowerCase()).sort()).toEqual(['lee@contoso.test', 'megan@contoso.test']);
});

const REFUSALS = [
  { scope: 'People.Read', feature: 'recipients', off: 'People suggestions are off: your organization has not allowed People.Read.' },
  { scope: 'User.ReadBasic.All', feature: 'recipients', off: 'Directory search is off: your organization has not allowed User.ReadBasic.All.' },
  { scope: 'GroupMember.Read.All', feature: 'recipients', off: 'Group search is off: your organization has not allowed GroupMember.Read.All.' },
  { scope: 'Sites.Read.All', feature: 'libraries', off: 'Libraries of the sites you follow are off: your organization has not allowed Sites.Read.All.' },
] as const;

test('a scope the organization refuses turns off only the feature that needs it, saying which scope', async ({ browser, emulator }, testInfo) => {
  // Four sign-ins, each in a fresh browser.
  test.setTimeout(480_000);
  for (const refusal of REFUSALS) {
    await test.step(refusal.scope, async () => {
      await emulator.reset();
      await emulator.settings({ refusedScopes: [refusal.scope] });
      // A fresh browser each time: tokens for the scopes allowed in the last round would be cached.
      const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
      const page = await context.newPage();
      await signIn(page, 'adele@contoso.test');
      await expect(page.getByRole('table', { name: 'Files in My files' }).getByRole('row', { name: new RegExp(ITEM.replace('.', '\\.')) })).toBeVisible({
        timeout: 30_000,
      });

      if (refusal.feature === 'libraries') {
        await page.getByRole('tab', { name: 'Libraries' }).click();
        await expect(page.getByText(`Libraries of the sites you follow need your permission for ${refusal.scope}.`)).toBeVisible();
        const popup = page.waitForEvent('popup');
        await page.getByRole('button', { name: 'Allow' }).click();
        await finishSignInWindow(await popup);
        await expect(page.getByText(refusal.off)).toBeVisible();
        // The groups' libraries are still there; the followed site's is not.
        const libraries = page.getByRole('list', { name: 'Libraries' });
        await expect(libraries.getByRole('button').first()).toBeVisible();
        await expect(libraries.getByRole('button', { name: /Human Resources/ })).toHaveCount(0);
      } else {
        await page.getByRole('button', { name: `Share ${ITEM}` }).click();
        const form = shareDialog(page);
        await form.recipients.pressSequentially('meg');
        await expect(form.dialog.getByText(/needs? your permission for/)).toContainText(refusal.scope);
        const popup = page.waitForEvent('popup');
        await form.dialog.getByRole('button', { name: 'Allow' }).click();
        await finishSignInWindow(await popup);
        await expect(form.dialog.getByText(refusal.off)).toBeVisible();
        // Typed addresses still work.
        await form.recipients.fill('');
        await form.recipients.pressSequentially('lee@contoso.test;');
        await form.dialog.getByRole('button', { name: 'Send' }).click();
        await expect(form.dialog.getByText(/Shared “Budget 2026\.xlsx” with 1 person/)).toBeVisible();
        const logged = (await emulator.invitations()).filter((invitation) => invitation.itemPath.endsWith(ITEM));
        expect(logged.map((invitation) => invitation.email.toLowerCase())).toEqual(['lee@contoso.test']);
      }
      await context.close();
    });
  }
});
