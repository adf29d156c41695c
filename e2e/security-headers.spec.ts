import { test as plainTest, type ConsoleMessage, type Page } from '@playwright/test';
import { E2E } from '../playwright.config';
import { expect, isCspViolation, signIn, test } from './fixtures';

// The e2e build (.env.e2e): Graph and the identity provider on the test ports, and the test demo
// portal as the only portal allowed to frame the app.
const PORTAL = 'http://127.0.0.1:4180';
// https: Chromium's Local Network Access checks refuse any frame on localhost to a public http page
// outright, which would pass the test below without the app's policy ever being read.
const INTRUDER = 'https://intruder.test';
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const EXPECTED_POLICY = new RegExp(
  `^${[
    literal("default-src 'self'"),
    // index.html's inline boot script, allowed by its hash (no other inline script runs).
    `${literal("script-src 'self'")} '${literal('sha256-')}[A-Za-z0-9+/]+={0,2}'`,
    ...[
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self'",
      `connect-src 'self' ${E2E.graph} https://localhost:4100 ${E2E.identity}`,
      `frame-src 'self' https://localhost:4100 ${E2E.identity}`,
      `frame-ancestors 'self' ${PORTAL}`,
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].map(literal),
  ].join('; ')}$`,
);

/** A made-up site (never reached: Playwright answers for it) whose page frames the app. */
async function serveFramingPage(page: Page, origin: string): Promise<void> {
  // Chromium counts a page Playwright answers for as a public site, and its Local Network Access
  // checks refuse it any frame on localhost (before the app's headers are read) unless permitted.
  await page.context().grantPermissions(['local-network-access']);
  await page.route(`${origin}/`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>Portal</title><h1>Portal</h1><iframe title="Share files" src="${E2E.app}/" width="900" height="600"></iframe></html>`,
    }),
  );
}

test.describe('security headers', () => {
  test('every page and file of the app carries the policy and its companions', async ({ request }) => {
    const index = await request.get('/');
    const scripts = [...(await index.text()).matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const path of ['/', '/redirect.html', '/?target=%2FReports', ...scripts]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const headers = response.headers();
      expect(headers['content-security-policy'], path).toMatch(EXPECTED_POLICY);
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['x-frame-options'], path).toBeUndefined();
    }
  });

  test('a portal on the allowed origin can frame the app', async ({ page }) => {
    const refused: string[] = [];
    page.on('requestfailed', (request) => refused.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
    await serveFramingPage(page, PORTAL);
    await page.goto(`${PORTAL}/`);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await expect.poll(() => frame?.url()).toBe(`${E2E.app}/`);
    // The app's own scripts ran inside the frame: React rendered Fluent's provider. (Signing in
    // from a cross-site frame, where the browser partitions or denies storage, is the embedding
    // journey's test; this one is about the headers.)
    await expect(page.frameLocator('iframe[title="Share files"]').locator('.fui-FluentProvider')).toBeAttached();
    expect(refused).toEqual([]);
    // The automatic fixture fails this test if the frame reported any policy violation.
  });

  test('MSAL’s hidden renewal iframe lands on the app’s own redirect page within the policy', async ({ page }) => {
    await signIn(page, 'adele@contoso.test');
    // Forget the tokens (not the account): the next Graph call must renew silently, which MSAL
    // does in a hidden iframe: provider's authorize endpoint (frame-src), then back to
    // /redirect.html framed by the app itself (frame-ancestors 'self').
    const forgotten = await page.evaluate(() => {
      const keys = Object.keys(sessionStorage).filter((key) => /\|(accesstoken|refreshtoken)\|/.test(key));
      for (const key of keys) sessionStorage.removeItem(key);
      return keys.length;
    });
    expect(forgotten).toBe(2);
    const framed: string[] = [];
    page.on('request', (request) => {
      if (request.frame() !== page.mainFrame()) framed.push(request.url());
    });
    await page.reload();
    await expect(page.getByText('Budget 2026.xlsx')).toBeVisible();
    expect(
      framed.some((url) => url.startsWith(`${E2E.identity}/auth?`)),
      framed.join('\n'),
    ).toBe(true);
    expect(
      framed.some((url) => url.startsWith(`${E2E.app}/redirect.html`)),
      framed.join('\n'),
    ).toBe(true);
  });
});

// These tests expect a violation, so they use Playwright's plain test, not the watching fixture.
plainTest('a page on any other origin cannot frame the app, and Chromium reports why', async ({ page }) => {
  const violations: string[] = [];
  const reported = new Promise<ConsoleMessage>((resolve) =>
    page.on('console', (message) => {
      if (isCspViolation(message.text())) {
        violations.push(message.text());
        resolve(message);
      }
    }),
  );
  await serveFramingPage(page, INTRUDER);
  await page.goto(`${INTRUDER}/`);
  const message = await reported;
  expect(message.text()).toContain('frame-ancestors');
  expect(message.text()).toContain(`frame-ancestors 'self' ${PORTAL}`);
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  expect(frame).toBeDefined();
  // Chromium swaps the refused document for its own error page: nothing of the app runs there.
  await expect.poll(() => frame!.url()).not.toMatch(/^http:\/\/localhost:4173/);
  await expect(page.frameLocator('iframe[title="Share files"]').getByRole('button', { name: 'Sign in' })).toHaveCount(0);
  expect(violations.every((text) => text.includes('frame-ancestors'))).toBe(true);
});
