import { expect, expectNoAxeViolations, signIn, test } from './fixtures';

test.beforeEach(async ({ page, emulator: _ }) => {
  await signIn(page, 'adele@contoso.test');
});

test('browses the OneDrive root, opens a folder and comes back', async ({ page }) => {
  const files = page.getByRole('table', { name: 'Files in My files' });
  await expect(files.getByRole('row', { name: /Reports/ })).toBeVisible();
  const budget = files.getByRole('row', { name: /Budget 2026\.xlsx/ });
  await expect(budget).toContainText('Spreadsheet');
  await expect(budget.getByRole('cell').nth(2)).toHaveText(/\d{4}/); // modified date
  await expect(budget.getByRole('cell').nth(3)).toHaveText(/\d+(\.\d)? (bytes?|kB|MB)/); // size
  await expect(files.getByRole('row', { name: /Reports/ })).toContainText('Folder');
  await expectNoAxeViolations(page);

  await files.getByRole('button', { name: 'Reports', exact: true }).click();
  const reports = page.getByRole('table', { name: 'Files in Reports' });
  await expect(reports.getByRole('row', { name: /Q3 Report\.xlsx/ })).toBeVisible();
  await expect(reports.getByRole('button', { name: 'Share Archive' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Folder path' }).getByRole('button', { name: 'My files' }).click();
  await expect(page.getByRole('table', { name: 'Files in My files' }).getByRole('row', { name: /Budget 2026\.xlsx/ })).toBeVisible();

  await page.getByRole('button', { name: 'Empty folder', exact: true }).click();
  await expect(page.getByText('This folder is empty.')).toBeVisible();
});

test('shares a file with two people as “Can edit”', async ({ page, emulator }) => {
  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  await page.getByRole('button', { name: 'Share Q3 Report.xlsx' }).click();

  const dialog = page.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  await expect(dialog).toBeVisible();
  const send = dialog.getByRole('button', { name: 'Send' });
  await expect(send).toBeDisabled();

  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('alex@contoso');
  await recipients.press('Enter');
  await expect(dialog.getByText('The domain “contoso” needs a dot')).toBeVisible();
  await expect(recipients).toHaveValue('alex@contoso');
  await recipients.fill('alex@contoso.test');
  await recipients.press('Enter');
  await recipients.fill('megan@contoso.test');
  await recipients.press(';');
  const chips = dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option');
  await expect(chips).toHaveCount(2);

  await dialog.getByRole('combobox', { name: 'Permission' }).click();
  await page.getByRole('option', { name: 'Can edit' }).click();
  await expect(dialog.getByRole('switch', { name: 'Require sign-in' })).toBeChecked();
  await expect(dialog.getByRole('switch', { name: 'Send invitation email' })).toBeChecked();
  await dialog.getByRole('textbox', { name: 'Message' }).fill('Figures for Friday’s review.');
  await expect(dialog.getByText('28 / 2,000')).toBeVisible();
  await expectNoAxeViolations(page);

  const invite = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
  await send.click();
  const request = await invite;
  const { driveId, item } = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  expect(request.url()).toBe(`http://localhost:4101/v1.0/drives/${encodeURIComponent(driveId)}/items/${item.id}/invite`);
  expect(request.headers()['authorization']).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
  expect(request.postDataJSON()).toEqual({
    recipients: [{ email: 'alex@contoso.test' }, { email: 'megan@contoso.test' }],
    roles: ['write'],
    requireSignIn: true,
    sendInvitation: true,
    message: 'Figures for Friday’s review.',
  });

  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 2 people.')).toBeVisible();
  const invited = dialog.getByRole('list', { name: 'People you invited' });
  const alexEntry = invited.getByRole('listitem', { name: 'Alex Wilber' });
  await expect(alexEntry).toContainText('alex@contoso.test');
  await expect(alexEntry).toContainText('Can edit');
  await expect(invited.getByRole('listitem', { name: 'Megan Bowen' })).toContainText('Sign-in required');
  await expectNoAxeViolations(page);

  const stored = (await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx')).permissions;
  const alex = stored.find((permission) => permission.invitation?.email === 'alex@contoso.test');
  await expect(alexEntry.getByText(alex?.id ?? 'missing')).toBeHidden();
  await alexEntry.getByRole('button', { name: 'Details Alex Wilber' }).click();
  await expect(alexEntry.getByText(alex?.id ?? 'missing')).toBeVisible();

  // Exactly one permission per recipient, each with the role "write".
  expect(stored.map((permission) => [permission.grantedToV2?.user?.email, permission.roles]).sort()).toEqual([
    ['alex@contoso.test', ['write']],
    ['megan@contoso.test', ['write']],
  ]);
});

test('a refused invite explains itself and keeps the form for a resend', async ({ page, emulator }) => {
  await emulator.fault({ method: 'POST', path: '/invite$', status: 403, code: 'accessDenied', message: 'Access denied', times: 1 });
  await page.getByRole('button', { name: 'Share Budget 2026.xlsx' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share "Budget 2026.xlsx"' });
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('lee@contoso.test');
  await recipients.press('Enter');
  await dialog.getByRole('textbox', { name: 'Message' }).fill('Draft numbers');
  await dialog.getByRole('button', { name: 'Send' }).click();

  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText("You don't have permission");
  await expect(alert).toContainText('Error code: accessDenied');
  await expect(alert).toContainText(/Request ID: [0-9a-f-]{36}/);
  await expect(dialog.getByRole('option', { name: 'lee@contoso.test' })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Message' })).toHaveValue('Draft numbers');
  expect((await emulator.item('adele@contoso.test', '/Budget 2026.xlsx')).permissions).toEqual([]);
  await expectNoAxeViolations(page);

  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared “Budget 2026.xlsx” with 1 person.')).toBeVisible();
  const stored = (await emulator.item('adele@contoso.test', '/Budget 2026.xlsx')).permissions;
  expect(stored.map((permission) => [permission.invitation?.email, permission.roles])).toEqual([['lee@contoso.test', ['read']]]);
});
