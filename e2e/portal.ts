import type { FrameLocator, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect } from './fixtures';

/** The demo portal (portal/) and the app, as the e2e stack serves them: two sites. */
export const PORTAL = 'http://127.0.0.1:4180';
export const APP = 'http://localhost:4173';

/** The frame embed.js lays over the portal, found by the title the portal gives it. */
export const portalFrame = (page: Page, title: string): FrameLocator => page.frameLocator(`iframe[title="${title}"]`);

export interface PortalChoices {
  theme?: string;
  locale?: string;
  role?: string;
}

/**
 * Opens the demo portal, sets its look and defaults, and presses "Share <item>"; the frame
 * embed.js opens carries the same name.
 */
export async function openFromPortal(page: Page, item: string, choices: PortalChoices = {}): Promise<FrameLocator> {
  await page.goto(PORTAL);
  if (choices.theme) await page.getByLabel('Theme').selectOption(choices.theme);
  if (choices.locale) await page.getByLabel('Language').selectOption(choices.locale);
  if (choices.role) await page.getByLabel('Default permission').selectOption(choices.role);
  await page.getByRole('button', { name: `Share ${item}` }).click();
  return portalFrame(page, `Share ${item}`);
}

/** Signs in through the popup the frame opens (a redirect is impossible in a cross-site frame). */
export async function signInThroughPopup(page: Page, frame: FrameLocator, signInName = 'Sign in', email = 'adele@contoso.test'): Promise<void> {
  const popupOpened = page.waitForEvent('popup');
  await frame.getByRole('button', { name: signInName }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await popup.getByLabel('Email').fill(email);
  await popup.getByLabel('Password').fill(DEMO_PASSWORD);
  // MSAL in the frame reads the answer from the popup's URL and closes it (maybe before click() returns).
  const closed = popup.waitForEvent('close');
  await popup.getByRole('button', { name: 'Sign in' }).click();
  await closed;
}

/** What `ShareDialog.open()` resolved with, as the demo portal prints it once the frame is gone. */
export async function portalOutcome(page: Page): Promise<unknown> {
  await expect(page.locator('iframe')).toHaveCount(0);
  return JSON.parse((await page.locator('#outcome').textContent()) ?? '{}') as unknown;
}
