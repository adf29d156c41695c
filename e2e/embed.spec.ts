import type { FrameLocator, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, expectNoAxeViolations, test } from './fixtures';

const PORTAL = 'http://127.0.0.1:4180';
const APP = 'http://localhost:4173';

/**
 * Records every message the portal page receives (window messages and, once the frame hands over
 * its port, every message on that port) before the page's own scripts run.
 */
async function recordPortalMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: unknown[] = [];
    (window as unknown as { __portalMessages: unknown[] }).__portalMessages = seen;
    window.addEventListener(
      'message',
      (event) => {
        seen.push({ via: 'window', origin: event.origin, data: event.data as unknown });
        for (const port of event.ports) port.addEventListener('message', (message) => seen.push({ via: 'port', data: message.data as unknown }));
      },
      true,
    );
  });
}

async function portalMessages(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __portalMessages: unknown[] }).__portalMessages);
}

async function openFromPortal(page: Page, item: string, choices: { theme?: string; locale?: string; role?: string } = {}): Promise<FrameLocator> {
  await page.goto(PORTAL);
  if (choices.theme) await page.getByLabel('Theme').selectOption(choices.theme);
  if (choices.locale) await page.getByLabel('Language').selectOption(choices.locale);
  if (choices.role) await page.getByLabel('Default permission').selectOption(choices.role);
  await page.getByRole('button', { name: `Share ${item}` }).click();
  return page.frameLocator(`iframe[title="Share ${item}"]`);
}

/** Signs in through the popup the frame opens (a redirect is impossible in a cross-site frame). */
async function signInThroughPopup(page: Page, frame: FrameLocator, signInName = 'Sign in', email = 'adele@contoso.test'): Promise<void> {
  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: signInName }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await popup.getByLabel('Email').fill(email);
  await popup.getByLabel('Password').fill(DEMO_PASSWORD);
  await popup.getByRole('button', { name: 'Sign in' }).click();
  // MSAL in the frame reads the answer from the popup's URL and closes it.
  await popup.waitForEvent('close');
}

test('a portal on another site opens the dialog, the user signs in by popup, shares, and the portal gets the outcome', async ({ page, emulator }) => {
  await recordPortalMessages(page);
  const frame = await openFromPortal(page, 'Q3 Report.xlsx');
  // The page behind is inert while the dialog is open.
  await expect(page.getByRole('main')).toHaveJSProperty('inert', true);

  await expect(frame.getByRole('dialog', { name: 'Share with people' })).toBeVisible();
  await signInThroughPopup(page, frame);

  const dialog = frame.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  await expect(dialog).toBeVisible();
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('alex@contoso.test');
  await recipients.press('Enter');
  const invite = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
  await dialog.getByRole('button', { name: 'Send' }).click();
  const accessToken = ((await invite).headers()['authorization'] ?? '').replace(/^Bearer /, '');
  expect(accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.getByRole('main')).toHaveJSProperty('inert', false);
  await expect(page.getByRole('status')).toHaveText('Shared Q3 Report.xlsx with alex@contoso.test (granted, read).');
  // Focus is back on the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Share Q3 Report.xlsx' })).toBeFocused();

  const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  expect(stored.permissions.map((permission) => [permission.invitation?.email ?? permission.grantedToV2?.user?.email, permission.roles])).toEqual([
    ['alex@contoso.test', ['read']],
  ]);
  const outcome = JSON.parse((await page.locator('#outcome').textContent()) ?? '{}') as unknown;
  expect(outcome).toEqual({
    status: 'shared',
    item: { id: stored.item.id, driveId: stored.driveId, name: 'Q3 Report.xlsx' },
    recipients: [{ recipient: 'alex@contoso.test', email: 'alex@contoso.test', status: 'granted', role: 'read' }],
  });

  // Nothing the portal received holds a token (or anything shaped like one).
  const received = JSON.stringify(await portalMessages(page));
  expect(received).toContain('"type":"shared"');
  expect(received).not.toContain(accessToken);
  expect(received).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
  expect(received).not.toMatch(/token/i);
});
