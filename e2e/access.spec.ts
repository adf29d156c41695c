import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, GRAPH, signIn, test, type Emulator } from './fixtures';

// pradeep@contoso.test is seeded (emulator/tenant/seed.json notificationFailures) so that the
// invitation email to him always fails: invite answers 207 with an error on his entry.
const FAILING = 'pradeep@contoso.test';

interface Invitation {
  permissionId: string;
  email: string;
  roles: string[];
  notificationError: string | null;
}

interface Stored {
  id: string;
  roles: string[];
  grantedToV2?: { user?: { email?: string } };
  invitation?: { email?: string };
}

async function invitations(): Promise<Invitation[]> {
  const response = await fetch(`${GRAPH}/_emulator/invitations`);
  expect(response.status).toBe(200);
  return (await response.json()) as Invitation[];
}

/** What the emulator stores on an item: one [email, roles] per permission, sorted. */
async function storedAccess(emulator: Emulator, path: string): Promise<{ byEmail: [string, string[]][]; ids: Map<string, string> }> {
  const permissions = (await emulator.item('adele@contoso.test', path)).permissions as Stored[];
  const email = (p: Stored) => p.grantedToV2?.user?.email ?? p.invitation?.email ?? '?';
  return {
    byEmail: permissions.map((p): [string, string[]] => [email(p), p.roles]).sort(([a], [b]) => a.localeCompare(b)),
    ids: new Map(permissions.map((p) => [email(p), p.id])),
  };
}

async function openShareDialog(page: Page, folder: string | undefined, name: string): Promise<Locator> {
  if (folder) await page.getByRole('button', { name: folder, exact: true }).click();
  await page.getByRole('button', { name: `Share ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Share "${name}"` });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function pickRole(page: Page, entry: Locator, name: string, role: 'Can view' | 'Can edit') {
  await entry.getByRole('combobox', { name: `Permission for ${name}` }).click();
  await page.getByRole('option', { name: role }).click();
}

test('shares with three people, retries the one not notified, changes a role and removes a person', async ({ page, emulator }) => {
  await signIn(page, 'adele@contoso.test');
  const dialog = await openShareDialog(page, 'Reports', 'Q3 Report.xlsx');
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  for (const email of ['alex@contoso.test', 'megan@contoso.test', FAILING]) {
    await recipients.fill(email);
    await recipients.press('Enter');
  }
  await dialog.getByRole('button', { name: 'Send' }).click();

  // Two granted and notified, one granted but not notified, each said as such.
  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 3 people; 1 was not notified.', { exact: true })).toBeVisible();
  const invited = dialog.getByRole('list', { name: 'People you invited' });
  await expect(invited.getByRole('listitem', { name: 'Alex Wilber' })).toContainText('Email sent');
  await expect(invited.getByRole('listitem', { name: 'Megan Bowen' })).toContainText('Email sent');
  const pradeep = invited.getByRole('listitem', { name: 'Pradeep Gupta' });
  await expect(pradeep).toContainText('Not notified');
  await expect(pradeep).toContainText("We couldn't send the email because your mailbox wasn't found.");
  await expect(pradeep).toContainText('exchangeInvalidUser');
  await expect(pradeep.getByRole('link', { name: /Fix this problem/ })).toHaveAttribute('href', 'https://outlook.office.test/mail/');
  await expectNoAxeViolations(page);

  const first = await storedAccess(emulator, '/Reports/Q3 Report.xlsx');
  expect(first.byEmail).toEqual([
    ['alex@contoso.test', ['read']],
    ['megan@contoso.test', ['read']],
    [FAILING, ['read']],
  ]);
  expect((await invitations()).map((i) => [i.email, i.notificationError])).toEqual([
    ['alex@contoso.test', null],
    ['megan@contoso.test', null],
    [FAILING, 'exchangeInvalidUser'],
  ]);

  // Retry sends the invitation again to Pradeep only; his permission is updated, not duplicated.
  const retryRequest = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
  await dialog.getByRole('button', { name: 'Retry' }).click();
  expect((await retryRequest).postDataJSON()).toEqual({ recipients: [{ email: FAILING }], roles: ['read'], requireSignIn: true, sendInvitation: true });
  await expect(dialog.getByRole('button', { name: 'Retry' })).toBeEnabled();
  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 3 people; 1 was not notified.', { exact: true })).toBeVisible();
  await expect(invited.getByRole('listitem')).toHaveCount(3);
  await expect(pradeep).toContainText('Not notified');
  const afterRetry = await storedAccess(emulator, '/Reports/Q3 Report.xlsx');
  expect(afterRetry.byEmail).toEqual(first.byEmail);
  expect(afterRetry.ids.get(FAILING)).toBe(first.ids.get(FAILING));
  const log = await invitations();
  expect(log).toHaveLength(4);
  expect(log[3]).toMatchObject({ email: FAILING, permissionId: first.ids.get(FAILING), notificationError: 'exchangeInvalidUser' });

  // Manage access lists everyone, the owner first; change Megan to Can edit.
  await dialog.getByRole('button', { name: 'Manage access' }).click();
  const people = dialog.getByRole('list', { name: 'People' });
  await expect(people.getByRole('listitem')).toHaveCount(4);
  await expect(people.getByRole('listitem').first()).toContainText('Adele Vance');
  await expect(people.getByRole('listitem', { name: 'Adele Vance' })).toContainText('The owner always has full access.');
  await expectNoAxeViolations(page);

  const megan = people.getByRole('listitem', { name: 'Megan Bowen' });
  await pickRole(page, megan, 'Megan Bowen', 'Can edit');
  await expect(dialog.getByRole('status').filter({ hasText: 'can now' })).toHaveText('Megan Bowen can now edit “Q3 Report.xlsx”.');
  await expect(megan.getByRole('combobox', { name: 'Permission for Megan Bowen' })).toHaveText('Can edit');
  expect((await storedAccess(emulator, '/Reports/Q3 Report.xlsx')).byEmail).toEqual([
    ['alex@contoso.test', ['read']],
    ['megan@contoso.test', ['write']],
    [FAILING, ['read']],
  ]);

  // Remove Alex, after a confirmation that names him and whose button is also named Remove.
  const alex = people.getByRole('listitem', { name: 'Alex Wilber' });
  await alex.getByRole('button', { name: 'Remove' }).click();
  const question = alex.getByRole('group', { name: /Remove Alex Wilber\?/ });
  await expect(question).toBeFocused();
  await expectNoAxeViolations(page);
  await question.getByRole('button', { name: 'Remove' }).click();
  const removed = dialog.getByRole('status').filter({ hasText: 'Removed' });
  await expect(removed).toHaveText("Removed Alex Wilber's access.");
  await expect(removed).toBeFocused();
  await expect(people.getByRole('listitem', { name: 'Alex Wilber' })).toHaveCount(0);
  expect((await storedAccess(emulator, '/Reports/Q3 Report.xlsx')).byEmail).toEqual([
    ['megan@contoso.test', ['write']],
    [FAILING, ['read']],
  ]);

  // Back to the outcome, which is kept.
  await dialog.getByRole('button', { name: 'Back to sharing' }).click();
  await expect(dialog.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('shows links, groups and the owner of a shared item, and a change made meanwhile elsewhere', async ({ page, browser, emulator }) => {
  await signIn(page, 'adele@contoso.test');
  const dialog = await openShareDialog(page, undefined, 'Product brief.docx');
  await dialog.getByRole('button', { name: 'Manage access' }).click();

  // Seeded: Megan (edit), the Retail Team group, an organization view link, an anonymous edit link
  // with an expiry and a password.
  const links = dialog.getByRole('list', { name: 'Links' });
  await expect(links.getByRole('listitem')).toHaveCount(2);
  await expect(links.getByRole('listitem', { name: 'People in your organization · Can view' })).toBeVisible();
  const anyone = links.getByRole('listitem', { name: 'Anyone with the link · Can edit' });
  await expect(anyone).toContainText('Expires');
  await expect(anyone).toContainText('Password protected');
  await expect(anyone.getByRole('button', { name: 'Copy link' })).toBeVisible();
  const retail = dialog.getByRole('list', { name: 'Groups' }).getByRole('listitem', { name: 'Retail Team' });
  await expect(retail).toContainText("A group's access can't be changed here.");
  await expect(retail.getByRole('button', { name: 'Remove' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Meanwhile, in another browser, Adele makes Megan a viewer.
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await signIn(other, 'adele@contoso.test');
  const otherDialog = await openShareDialog(other, undefined, 'Product brief.docx');
  await otherDialog.getByRole('button', { name: 'Manage access' }).click();
  await pickRole(other, otherDialog.getByRole('listitem', { name: 'Megan Bowen' }), 'Megan Bowen', 'Can view');
  await expect(otherDialog.getByText('Megan Bowen can now view “Product brief.docx”.')).toBeVisible();
  await elsewhere.close();

  // This page still shows Megan as an editor; its change is refused, the list reloads, and it says so.
  const megan = dialog.getByRole('list', { name: 'People' }).getByRole('listitem', { name: 'Megan Bowen' });
  await expect(megan.getByRole('combobox', { name: 'Permission for Megan Bowen' })).toHaveText('Can edit');
  await pickRole(page, megan, 'Megan Bowen', 'Can view');
  await expect(dialog.getByRole('alert')).toContainText('Someone else changed access meanwhile');
  await expect(megan.getByRole('combobox', { name: 'Permission for Megan Bowen' })).toHaveText('Can view');
  const stored = (await emulator.item('adele@contoso.test', '/Product brief.docx')).permissions as Stored[];
  expect(stored.find((p) => p.grantedToV2?.user?.email === 'megan@contoso.test')?.roles).toEqual(['read']);
});
