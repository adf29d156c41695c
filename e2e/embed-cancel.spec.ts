import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, GRAPH, test, type Emulator } from './fixtures';
import { openFromPortal as openPortalFrame, portalOutcome, signInThroughPopup } from './portal';

const ALEX = 'alex@contoso.test';

// Signing in through the frame's popup and the slow read-backs take a while on a shared machine.
test.setTimeout(150_000);

async function fault(rule: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${GRAPH}/_emulator/faults`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rule) });
  expect(response.status, `fault ${JSON.stringify(rule)}`).toBe(201);
}

/** Opens Q3 Report from the demo portal and signs in through the frame's popup. */
async function openFromPortal(page: Page): Promise<{ frame: FrameLocator; dialog: Locator }> {
  const frame = await openPortalFrame(page, 'Q3 Report.xlsx');
  await signInThroughPopup(page, frame);
  const dialog = frame.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await expect(recipients).toBeVisible({ timeout: 30_000 });
  await recipients.fill(ALEX);
  await recipients.press('Enter');
  return { frame, dialog };
}

async function invitationsToAlex(emulator: Emulator): Promise<number> {
  return (await emulator.invitations()).filter((record) => record.email === ALEX).length;
}

test('Escape while the dialog checks a lost invite: it finishes the check, then tells the portal who was given access', async ({ page, emulator }) => {
  const { dialog } = await openFromPortal(page);
  // The invite runs and its answer is lost; the read-back is slow, so Escape lands while it runs.
  await fault({ method: 'POST', path: '/invite$', dropAfter: true });
  await fault({ method: 'GET', path: '/permissions$', delayMs: 6000 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Checking who has access now', { exact: false })).toBeVisible();
  // Closed at once, the portal would hear `cancelled`; ignored, the frame would stay.
  await page.keyboard.press('Escape');

  const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  expect(await portalOutcome(page)).toEqual({
    status: 'shared',
    item: { id: stored.item.id, driveId: stored.driveId, name: 'Q3 Report.xlsx' },
    recipients: [{ recipient: ALEX, email: ALEX, status: 'granted', role: 'read' }],
  });
  expect(await invitationsToAlex(emulator)).toBe(1);
});

test('Cancel while Sending… when the invite had not been carried out: the portal hears cancelled and nobody was invited', async ({ page, emulator }) => {
  const { dialog } = await openFromPortal(page);
  await fault({ method: 'POST', path: '/invite$', hang: true });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('button', { name: 'Sending…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await portalOutcome(page)).toEqual({ status: 'cancelled' });
  await expect(page.getByRole('status')).toHaveText('Sharing was cancelled.');
  expect(await invitationsToAlex(emulator)).toBe(0);
});

test('Cancel while Sending… when the invite reached Graph and landed: the portal hears shared, not cancelled', async ({ page, emulator }) => {
  const { dialog } = await openFromPortal(page);
  // Graph takes 2 s to carry the invite out (the emulator goes on after the client has gone); the
  // read-back after Cancel takes 3.5 s, so it sees the grant. Both stay under the e2e build's time-outs.
  await fault({ method: 'POST', path: '/invite$', delayMs: 2000 });
  await fault({ method: 'GET', path: '/permissions$', delayMs: 3500 });
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByRole('button', { name: 'Sending…' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await portalOutcome(page)).toMatchObject({ status: 'shared', recipients: [{ recipient: ALEX, status: 'granted' }] });
  expect(await invitationsToAlex(emulator)).toBe(1);
});
