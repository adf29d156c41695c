import type { BrowserContext, Page } from '@playwright/test';
import { expect, GRAPH, signIn, test } from './fixtures';
import { PORTAL, portalFrame } from './portal';
const TITLE = 'Share with the portal’s token';

interface PortalState {
  tokenRequests: { scopes: string[]; forceRefresh: unknown }[];
  result?: { status: string };
  failure?: { code: unknown; message: string };
}

/** A real token for Adele, as a portal that signed her in would hold: taken from the standalone app. */
async function adelesToken(page: Page): Promise<string> {
  const graphCall = page.waitForRequest((request) => request.url().startsWith(GRAPH) && !!request.headers()['authorization']);
  await signIn(page, 'adele@contoso.test');
  const token = ((await graphCall).headers()['authorization'] ?? '').replace(/^Bearer /, '');
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  return token;
}

/** The same token with another signature: JWT-shaped (the frame takes it), and Graph refuses it (401). */
const forged = (token: string) => `${token.split('.').slice(0, 2).join('.')}.${'A'.repeat(86)}`;

/**
 * Opens the dialog from the demo portal with a getToken that answers `stale` until the frame says
 * forceRefresh, then `fresh`; every request is recorded, and open()'s outcome or failure too.
 */
async function openWithTokens(context: BrowserContext, tokens: { stale: string; fresh: string }): Promise<{ portal: Page; console: string[] }> {
  const portal = await context.newPage();
  const logged: string[] = [];
  context.on('console', (message) => logged.push(message.text()));
  await portal.goto(PORTAL);
  await portal.evaluate(
    ({ stale, fresh, title }) => {
      const state = window as unknown as PortalState;
      state.tokenRequests = [];
      let refreshed = false;
      const dialog = (window as unknown as { ShareDialog: { open: (options: object) => Promise<{ status: string }> } }).ShareDialog;
      dialog
        .open({
          target: '/Reports/Q3 Report.xlsx',
          title,
          getToken: ({ scopes, forceRefresh }: { scopes: string[]; forceRefresh: unknown }) => {
            state.tokenRequests.push({ scopes, forceRefresh });
            // A portal whose cached token has gone bad: it hands that out until told to refresh.
            if (forceRefresh === true) refreshed = true;
            return Promise.resolve({ accessToken: refreshed ? fresh : stale, expiresOn: Math.floor(Date.now() / 1000) + 3000 });
          },
        })
        .then(
          (outcome) => (state.result = outcome),
          (error: { code?: unknown; message: string }) => (state.failure = { code: error.code, message: error.message }),
        );
    },
    { ...tokens, title: TITLE },
  );
  return { portal, console: logged };
}

const readState = (portal: Page) =>
  portal.evaluate(() => {
    const state = window as unknown as PortalState;
    return { tokenRequests: state.tokenRequests, result: state.result, failure: state.failure };
  });

test('a portal token that Graph refuses is asked for again with forceRefresh, and the fresh one shares', async ({ page, context, emulator }) => {
  const token = await adelesToken(page);
  const { portal, console: logged } = await openWithTokens(context, { stale: forged(token), fresh: token });

  const dialog = portalFrame(portal, TITLE).getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
  await expect(dialog).toBeVisible();
  // The first answer was refused; the frame asked again saying so (concurrent calls may each say it).
  const first = await readState(portal);
  expect(first.tokenRequests[0]?.forceRefresh).toBe(false);
  expect(first.tokenRequests.find((request) => request.forceRefresh === true)?.scopes).toContain('Files.ReadWrite.All');
  const asked = first.tokenRequests.length;

  const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
  await recipients.fill('lee@contoso.test');
  await recipients.press('Enter');
  const invite = portal.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
  await dialog.getByRole('button', { name: 'Send' }).click();
  expect((await invite).headers()['authorization']).toBe(`Bearer ${token}`);
  await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect.poll(async () => (await readState(portal)).result?.status).toBe('shared');
  const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  expect(stored.permissions.map((permission) => permission.grantedToV2?.user?.email)).toEqual(['lee@contoso.test']);
  // The fresh token was kept: sharing needed no further forced refresh.
  expect((await readState(portal)).tokenRequests.slice(asked).filter((request) => request.forceRefresh === true)).toEqual([]);
  expect(logged.join('\n')).not.toContain(token.split('.')[2]);
  expect(logged.join('\n')).not.toContain('A'.repeat(86));
});

test('a portal whose fresh token is refused too: the dialog says so, and closes with error tokenRejected', async ({ page, context, emulator }) => {
  const token = await adelesToken(page);
  const bad = forged(token);
  const { portal, console: logged } = await openWithTokens(context, { stale: bad, fresh: bad });

  const frame = portalFrame(portal, TITLE);
  const alert = frame.getByRole('alert');
  await expect(alert).toContainText('Microsoft 365 did not accept the portal’s sign-in');
  await expect(alert).toContainText(
    'Microsoft 365 refused the access the portal gave this dialog, twice. Close the dialog, sign in to the portal again if it asks you to, then try once more.',
  );
  const requests = (await readState(portal)).tokenRequests;
  expect(requests[0]?.forceRefresh).toBe(false);
  expect(requests.some((request) => request.forceRefresh === true)).toBe(true);

  await frame.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await readState(portal)).failure?.code).toBe('tokenRejected');
  const state = await readState(portal);
  expect(state.result).toBeUndefined();
  expect(state.failure?.message).toContain('refused the access the portal gave this dialog');
  // The overlay is gone and nothing was granted.
  await expect(portal.locator('[data-share-dialog]')).toHaveCount(0);
  const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
  expect(stored.permissions).toEqual([]);
  expect(logged.join('\n')).not.toContain(bad.split('.')[1]);
});
