import { expect, expectNoAxeViolations, signIn, test } from './fixtures';

test.describe('finding the item', () => {
  test.beforeEach(async ({ page, emulator: _ }) => {
    await signIn(page, 'adele@contoso.test');
  });

  test('opens the share dialog from a Graph-style deep link and sends to the resolved drive id + item id', async ({ page, emulator }) => {
    const { driveId, item } = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
    await page.goto(`/?target=${encodeURIComponent('/me/drive/root:/Reports/Q3 Report.xlsx:')}`);
    const dialog = page.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await recipients.fill('lee@contoso.test');
    await recipients.press('Enter');
    const invite = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
    await dialog.getByRole('button', { name: 'Send' }).click();
    expect((await invite).url()).toBe(`http://localhost:4101/v1.0/drives/${encodeURIComponent(driveId)}/items/${item.id}/invite`);
    await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeVisible();
    const stored = (await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx')).permissions;
    expect(stored.map((permission) => permission.invitation?.email)).toEqual(['lee@contoso.test']);

    // Closing the dialog forgets the link, so a reload does not open it again.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('a malformed target explains itself and offers browsing instead', async ({ page }) => {
    await page.goto(`/?target=${encodeURIComponent('/drives/b!x/items/1/children')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The link does not point to a file or folder');
    await expect(alert).toContainText('does not end at an item');
    await expectNoAxeViolations(page);
    await alert.getByRole('button', { name: 'Browse your files instead' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByRole('table', { name: 'Files in My files' })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('an unreachable target shows Graph’s error with its code and a way to browse', async ({ page }) => {
    await page.goto(`/?target=${encodeURIComponent('/Reports/No such file.xlsx')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The item from your link could not be opened');
    await expect(alert).toContainText('Error code: itemNotFound');
    await page.getByRole('button', { name: 'Browse your files instead' }).click();
    await expect(page.getByRole('table', { name: 'Files in My files' })).toBeVisible();
  });

  test('a folder keeps sign-in required, and a business drive offers no password or expiry', async ({ page }) => {
    await page.getByRole('button', { name: 'Share Reports' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share "Reports"' });
    const toggle = dialog.getByRole('switch', { name: 'Require sign-in' });
    await expect(toggle).toBeChecked();
    await expect(toggle).toBeDisabled();
    await expect(dialog.getByText('must always sign in')).toBeVisible();
    await expect(dialog.getByLabel('Password')).toBeDisabled();
    await expect(dialog.getByText('Passwords can be set only on personal OneDrive')).toBeVisible();
    await expect(dialog.getByRole('combobox', { name: 'Expires' })).toBeDisabled();
    await expectNoAxeViolations(page);
  });

  test('sorts by size on the server and walks the list by keyboard', async ({ page }) => {
    const files = page.getByRole('table', { name: 'Files in My files' });
    await files.getByRole('button', { name: 'Size' }).click();
    await expect(files.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'descending');
    const rows = files.getByRole('row');
    await rows.nth(1).focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rows.nth(1)).toBeFocused();
  });
});
