import type { FrameLocator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, GRAPH, signIn, test } from './fixtures';
import { APP, openFromPortal, PORTAL, portalFrame, signInThroughPopup } from './portal';
const INTRUDER = 'http://intruder.test';

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

/** The dialog surface's background, to tell the themes apart. */
async function surfaceBackground(frame: FrameLocator, name: string): Promise<string> {
  return frame.getByRole('dialog', { name }).evaluate((element) => getComputedStyle(element).backgroundColor);
}

test('German and dark: the portal’s language and theme apply inside the frame, which passes axe', async ({ page, emulator: _ }) => {
  const frame = await openFromPortal(page, 'Q3 Report.xlsx', { theme: 'dark', locale: 'de' });
  const gate = frame.getByRole('dialog', { name: 'Mit Personen teilen' });
  await expect(gate).toBeVisible();
  await expect(gate).toContainText('Melden Sie sich mit Ihrem Geschäftskonto an');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
  await expect(frame.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(frame.locator('[data-theme]').first()).toHaveAttribute('data-theme', 'dark');
  expect(await surfaceBackground(frame, 'Mit Personen teilen')).toBe('rgb(41, 41, 41)');
  await expectNoAxeViolations(page);

  await signInThroughPopup(page, frame, 'Anmelden');
  // The share dialog itself speaks German too.
  const dialog = frame.getByRole('dialog', { name: '„Q3 Report.xlsx“ freigeben' });
  await expect(dialog.getByRole('combobox', { name: 'Empfänger' })).toBeVisible();
  expect(await surfaceBackground(frame, '„Q3 Report.xlsx“ freigeben')).toBe('rgb(41, 41, 41)');
  await expectNoAxeViolations(page);

  // Closing without sending tells the portal it was cancelled; nothing was shared.
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(page.getByRole('status')).toHaveText('Sharing was cancelled.');
  await expect(page.locator('iframe')).toHaveCount(0);
});

test('Arabic and high contrast: right-to-left in the frame; Escape cancels and returns focus', async ({ page, emulator: _ }) => {
  const frame = await openFromPortal(page, 'Budget 2026.xlsx', { theme: 'high-contrast', locale: 'ar' });
  const gate = frame.getByRole('dialog', { name: 'المشاركة مع أشخاص' });
  await expect(gate).toBeVisible();
  await expect(gate.getByRole('button', { name: 'تسجيل الدخول' })).toBeVisible();
  // Focus moved into the frame's dialog.
  await expect(gate.locator(':focus')).toHaveCount(1);
  await expect(frame.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(frame.locator('[data-theme]').first()).toHaveAttribute('data-theme', 'high-contrast');
  expect(await surfaceBackground(frame, 'المشاركة مع أشخاص')).toBe('rgb(0, 0, 0)');
  await expectNoAxeViolations(page);

  // Escape in the frame's dialog closes it, and focus returns to the portal.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status')).toHaveText('Sharing was cancelled.');
  await expect(page.getByRole('button', { name: 'Share Budget 2026.xlsx' })).toBeFocused();
});

test('messages from a third origin reach neither the frame nor the portal', async ({ page, emulator: _ }) => {
  await recordPortalMessages(page);
  // A page on another origin, inside the portal page, that tries to drive both sides.
  await page.route(`${INTRUDER}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Intruder</title><script>
        const app = parent.frames[0];
        app.postMessage({ type: 'init', version: 1, target: '/Budget 2026.xlsx', locale: 'de' }, '*');
        app.postMessage({ type: 'token', version: 1, id: 'r1', accessToken: 'forged00.forged00.forged' }, '*');
        parent.postMessage({ type: 'shared', version: 1, item: { id: 'x', name: 'Forged.xlsx', driveId: 'd' }, recipients: [] }, '*');
        parent.postMessage({ type: 'cancelled', version: 1 }, '*');
        document.title = 'Intruder done';
      </script>`,
    }),
  );
  const frame = await openFromPortal(page, 'Q3 Report.xlsx');
  await signInThroughPopup(page, frame);
  const dialog = frame.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  await expect(dialog).toBeVisible();

  await page.evaluate((src) => {
    const intruder = document.createElement('iframe');
    intruder.src = src;
    intruder.title = 'Intruder';
    document.body.append(intruder);
  }, `${INTRUDER}/attack`);
  await expect.poll(async () => JSON.stringify(await portalMessages(page))).toContain('Forged.xlsx');

  // The portal kept waiting for its own frame; the frame still shows Q3 Report, in English.
  await expect(page.getByRole('status')).toHaveText('Nothing shared yet.');
  await expect(page.locator('iframe[title="Share Q3 Report.xlsx"]')).toBeVisible();
  await expect(dialog).toBeVisible();
  await expect(frame.locator('html')).toHaveAttribute('lang', /^en/);

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toHaveText('Sharing was cancelled.');
});

test('a page on a non-allowed origin that frames the dialog is never answered', async ({ page }) => {
  await page.route(`${INTRUDER}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Intruder</title><script>
        window.heard = [];
        addEventListener('message', (event) => window.heard.push(event.data));
      </script><iframe title="Stolen dialog" src="${APP}/embed?origin=${encodeURIComponent(INTRUDER)}&channelId=abcdef0123456789&target=%2FReports%2FQ3%20Report.xlsx"></iframe>`,
    }),
  );
  await page.goto(`${INTRUDER}/portal`);
  const embedded = page.frames().find((candidate) => candidate.url().startsWith(`${APP}/embed`));
  if (embedded) await embedded.waitForLoadState('load').catch(() => undefined);
  // Give a misbehaving frame every chance to announce itself.
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { heard: unknown[] }).heard)).toEqual([]);
});

test('an item that cannot be opened ends with an error the portal receives', async ({ page, emulator: _ }) => {
  const frame = await openFromPortal(page, 'Old plan.docx');
  await signInThroughPopup(page, frame);
  const gate = frame.getByRole('dialog', { name: 'Share with people' });
  await expect(gate.getByRole('alert')).toContainText('The item could not be opened');
  await expect(gate.getByRole('alert')).toContainText('itemNotFound');
  await expectNoAxeViolations(page);
  await gate.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('status')).toContainText('Sharing failed:');
  await expect(page.getByRole('status')).toContainText('(itemNotFound)');
});

test('a plain iframe takes the item, look and language from its URL', async ({ page, emulator }) => {
  await page.goto(`${PORTAL}/plain`);
  const frame = portalFrame(page, 'Share Q3 Report.xlsx');
  await expect(frame.locator('[data-theme]').first()).toHaveAttribute('data-theme', 'light');
  await signInThroughPopup(page, frame);
  const dialog = frame.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('megan@contoso.test');
  await recipients.press('Enter');
  await dialog.getByRole('button', { name: 'Send' }).click();
  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeVisible();
  const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  expect(stored.permissions.map((permission) => permission.invitation?.email ?? permission.grantedToV2?.user?.email)).toEqual(['megan@contoso.test']);
});

test('a portal that holds Graph tokens supplies them: no sign-in in the frame, and no token comes back', async ({ page, context, emulator }) => {
  // A real token for Adele, as a portal that signed her in would hold: taken from the standalone app.
  const graphCall = page.waitForRequest((request) => request.url().startsWith(GRAPH) && !!request.headers()['authorization']);
  await signIn(page, 'adele@contoso.test');
  const token = ((await graphCall).headers()['authorization'] ?? '').replace(/^Bearer /, '');
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

  const portal = await context.newPage();
  await recordPortalMessages(portal);
  await portal.goto(PORTAL);
  await portal.evaluate((accessToken) => {
    const state = window as unknown as { tokenRequests: string[][]; result?: unknown };
    state.tokenRequests = [];
    const dialog = (window as unknown as { ShareDialog: { open: (options: object) => Promise<unknown> } }).ShareDialog;
    void dialog
      .open({
        target: '/Reports/Q3 Report.xlsx',
        title: 'Share with the portal’s token',
        getToken: ({ scopes }: { scopes: string[] }) => {
          state.tokenRequests.push(scopes);
          return Promise.resolve({ accessToken, expiresOn: Math.floor(Date.now() / 1000) + 3000 });
        },
      })
      .then((outcome) => (state.result = outcome));
  }, token);

  const frame = portalFrame(portal, 'Share with the portal’s token');
  const dialog = frame.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  await expect(dialog).toBeVisible();
  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('lee@contoso.test');
  await recipients.press('Enter');
  const invite = portal.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
  await dialog.getByRole('button', { name: 'Send' }).click();
  expect((await invite).headers()['authorization']).toBe(`Bearer ${token}`);
  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect.poll(() => portal.evaluate(() => (window as unknown as { result?: { status: string } }).result?.status)).toBe('shared');
  const tokenRequests = await portal.evaluate(() => (window as unknown as { tokenRequests: string[][] }).tokenRequests);
  expect(tokenRequests.length).toBeGreaterThanOrEqual(1);
  expect(tokenRequests[0]).toContain('Files.ReadWrite.All');
  const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  expect(stored.permissions.map((permission) => permission.invitation?.email ?? permission.grantedToV2?.user?.email)).toEqual(['lee@contoso.test']);
  // The frame asked for tokens, and never handed one back.
  const received = JSON.stringify(await portalMessages(portal));
  expect(received).toContain('"type":"token-request"');
  expect(received).not.toContain(token);
  expect(received).not.toMatch(/eyJ[\w-]+\.[\w-]+/);
});
