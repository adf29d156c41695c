import { expect, test, type Emulator } from './fixtures';
import { openFromPortal, PORTAL, portalFrame, portalOutcome, signInThroughPopup } from './portal';

const ALEX = 'alex@contoso.test';
const ADELE = 'adele@contoso.test';
const THREE = ['/Reports/Q3 Report.xlsx', '/Budget 2026.xlsx', '/Reports/Archive'];

// Signing in through the frame's popup, then a check and a send of several items, on a shared machine.
test.describe.configure({ timeout: 150_000 });

async function grantees(emulator: Emulator, path: string): Promise<{ id: string; name: string; driveId: string; people: (string | undefined)[] }> {
  const stored = await emulator.item(ADELE, path);
  const people = stored.permissions.map((permission) => permission.invitation?.email ?? permission.grantedToV2?.user?.email);
  return { id: stored.item.id, name: stored.item.name, driveId: stored.driveId, people };
}

test('a portal shares 3 items (one a folder) with one person: 3 grants, and the portal hears each item', async ({ page, emulator }) => {
  const frame = await openFromPortal(page, '3 items');
  await expect(frame.getByRole('dialog', { name: 'Share with people' })).toContainText('share these items');
  await signInThroughPopup(page, frame);

  const dialog = frame.getByRole('dialog', { name: 'Share 3 items' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Checking the items…')).toBeHidden({ timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Show all 3 items' }).click();
  await expect(dialog.getByRole('list', { name: 'Items to share' }).getByRole('listitem')).toHaveText(['Q3 Report.xlsx', 'Budget 2026.xlsx', 'Archive']);
  // The folder needs sign-in for everyone, and says so.
  await expect(dialog.getByRole('switch', { name: 'Require sign-in' })).toBeChecked();
  await expect(dialog.getByRole('switch', { name: 'Require sign-in' })).toBeDisabled();
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill(ALEX);
  await recipients.press('Enter');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 3 of 3 items.')).toBeVisible({ timeout: 30_000 });
  // Manage access of one item, inside the frame, and back to the outcome.
  await dialog.getByRole('button', { name: 'Manage access to “Archive”' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Permission for Alex Wilber' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Back to the outcome' }).click();
  await expect(dialog.getByText('Shared 3 of 3 items.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  const stored = await Promise.all(THREE.map((path) => grantees(emulator, path)));
  expect(stored.map((item) => [item.name, item.people])).toEqual([
    ['Q3 Report.xlsx', [ALEX]],
    ['Budget 2026.xlsx', [ALEX]],
    ['Archive', [ALEX]],
  ]);
  const outcome = await portalOutcome(page);
  expect(outcome).toEqual({
    status: 'shared',
    items: THREE.map((target, index) => ({
      target,
      item: { id: stored[index]!.id, driveId: stored[index]!.driveId, name: stored[index]!.name },
      status: 'shared',
      recipients: [{ recipient: ALEX, email: ALEX, status: 'granted', role: 'read' }],
    })),
  });
  expect(JSON.stringify(outcome)).not.toMatch(/token|eyJ|https?:/i);
  await expect(page.getByRole('status')).toHaveText('Outcome for 3 items: Q3 Report.xlsx: shared; Budget 2026.xlsx: shared; Archive: shared.');
  await expect(page.getByRole('button', { name: 'Share 3 items' })).toBeFocused();
});

test('a target that cannot be opened is named in the dialog; the others are still shared, and the portal hears why', async ({ page, emulator }) => {
  await page.goto(PORTAL);
  const targets = ['/Reports/Q3 Report.xlsx', '/Reports/Old plan.docx', '/Budget 2026.xlsx'];
  await page.evaluate((list) => {
    const state = window as unknown as { result?: unknown };
    const dialog = (window as unknown as { ShareDialog: { open: (options: object) => Promise<unknown> } }).ShareDialog;
    void dialog.open({ targets: list, title: 'Share the plans' }).then((outcome) => (state.result = outcome));
  }, targets);
  const frame = portalFrame(page, 'Share the plans');
  await signInThroughPopup(page, frame);

  const dialog = frame.getByRole('dialog', { name: 'Share 2 items' });
  await expect(dialog).toBeVisible();
  const notice = dialog.getByText('1 item could not be opened and will not be shared').locator('..');
  await expect(notice).toContainText('/Reports/Old plan.docx');
  await expect(notice).toContainText('(itemNotFound)');
  await expect(dialog.getByText('Checking the items…')).toBeHidden({ timeout: 30_000 });
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill(ALEX);
  await recipients.press('Enter');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 2 of 2 items.')).toBeVisible({ timeout: 30_000 });
  // Still named after sending, in the past tense.
  await expect(dialog.getByText('1 item could not be opened and was not shared').locator('..')).toContainText('/Reports/Old plan.docx');
  await expect(dialog.getByText('1 item could not be opened and will not be shared')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(page.locator('iframe')).toHaveCount(0);
  const result = await page.evaluate(() => (window as unknown as { result?: unknown }).result);
  const report = await grantees(emulator, targets[0]!);
  const budget = await grantees(emulator, targets[2]!);
  expect([report.people, budget.people]).toEqual([[ALEX], [ALEX]]);
  expect(result).toEqual({
    status: 'shared',
    items: [
      expect.objectContaining({ target: targets[0], status: 'shared', item: { id: report.id, driveId: report.driveId, name: 'Q3 Report.xlsx' } }),
      { target: '/Reports/Old plan.docx', status: 'unresolved', code: 'itemNotFound', recipients: [] },
      expect.objectContaining({ target: targets[2], status: 'shared', item: { id: budget.id, driveId: budget.driveId, name: 'Budget 2026.xlsx' } }),
    ],
  });
});

test('a plain iframe with target repeated opens the dialog for both items', async ({ page, emulator }) => {
  await page.goto(`${PORTAL}/plain`);
  const frame = portalFrame(page, 'Share 2 items');
  await expect(frame.getByRole('dialog', { name: 'Share with people' })).toBeVisible();
  await signInThroughPopup(page, frame);
  const dialog = frame.getByRole('dialog', { name: 'Share 2 items' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Q3 Report.xlsx and Budget 2026.xlsx')).toBeVisible();
  await expect(dialog.getByText('Checking the items…')).toBeHidden({ timeout: 30_000 });
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('megan@contoso.test');
  await recipients.press('Enter');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared 2 of 2 items.')).toBeVisible({ timeout: 30_000 });
  const stored = await Promise.all(THREE.slice(0, 2).map((path) => grantees(emulator, path)));
  expect(stored.map((item) => item.people)).toEqual([['megan@contoso.test'], ['megan@contoso.test']]);
});
