import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const GRAPH = 'http://localhost:4101';
export const E2E_IDENTITY = 'http://localhost:4100';
const CONTROL = `${GRAPH}/_emulator`;
export const DEMO_PASSWORD = 'Contoso-Demo-2026';

export interface StoredPermission {
  id: string;
  roles: string[];
  grantedToV2?: { user?: { id?: string; displayName?: string; email?: string } };
  invitation?: { email?: string; signInRequired?: boolean };
}

/** One invite recipient as the emulator logged it (no mail is sent). */
export interface InvitationRecord {
  sequence: number;
  permissionId: string;
  itemPath: string;
  email: string;
  roles: string[];
  message: string | null;
  sendInvitation: boolean;
  requireSignIn: boolean;
}

/** The emulator's control API: state checks and faults, never used by the app itself. */
export class Emulator {
  constructor(private readonly request: typeof fetch = fetch) {}

  async reset(): Promise<void> {
    const response = await this.request(`${CONTROL}/reset`, { method: 'POST' });
    expect(response.status, 'emulator reset').toBe(204);
  }

  async item(user: string, path: string): Promise<{ driveId: string; item: { id: string; name: string }; permissions: StoredPermission[] }> {
    const response = await this.request(`${CONTROL}/users/${encodeURIComponent(user)}/drive/item?path=${encodeURIComponent(path)}`);
    expect(response.status, `emulator lookup of ${path}`).toBe(200);
    return (await response.json()) as { driveId: string; item: { id: string; name: string }; permissions: StoredPermission[] };
  }

  /** What invite was asked to send, oldest first. */
  async invitations(): Promise<InvitationRecord[]> {
    const response = await this.request(`${CONTROL}/invitations`);
    expect(response.status, 'emulator invitations log').toBe(200);
    return (await response.json()) as InvitationRecord[];
  }

  /** Runtime settings, e.g. `{ refusedScopes: ['People.Read'] }` (put back by reset). */
  async settings(settings: { refusedScopes?: string[] }): Promise<void> {
    const response = await this.request(`${CONTROL}/settings`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(settings),
    });
    expect(response.ok, 'emulator settings accepted').toBe(true);
  }

  async accounts(): Promise<{ id: string; displayName: string; mail: string }[]> {
    const response = await this.request(`${CONTROL}/accounts`);
    expect(response.status, 'emulator accounts').toBe(200);
    return (await response.json()) as { id: string; displayName: string; mail: string }[];
  }

  /** A fault rule (emulator/README.md, control API): a status answer, `hang` (never answers), `delayMs`, or `claims`. */
  async fault(fault: {
    method?: string;
    path: string;
    status?: number;
    code?: string;
    message?: string;
    times?: number;
    hang?: boolean;
    delayMs?: number;
    /** A claims challenge (401 insufficient_claims; no status). */
    claims?: boolean;
  }): Promise<void> {
    const response = await this.request(`${CONTROL}/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(fault),
    });
    expect(response.ok, 'emulator fault accepted').toBe(true);
  }
}

/** Opens the app and signs in as `email` with the demo tenant's password. */
export async function signIn(page: Page, email: string, labels: AppSignInLabels = ENGLISH_SIGN_IN): Promise<void> {
  await page.goto('/');
  await signInFromPage(page, email, labels);
}

/** The app's own sign-in and sign-out buttons, in the page's language. */
export interface AppSignInLabels {
  signIn: string;
  signOut: string;
}
export const ENGLISH_SIGN_IN: AppSignInLabels = { signIn: 'Sign in', signOut: 'Sign out' };

/** Signs in through the app's button on the page as it is; the identity provider's page is English. */
export async function signInFromPage(page: Page, email: string, labels: AppSignInLabels = ENGLISH_SIGN_IN): Promise<void> {
  await page.getByRole('button', { name: labels.signIn }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: labels.signOut })).toBeVisible();
}

/**
 * Resolves when the window is closed, also when it closed before this was called: a popup that
 * signs in from an existing session can close by itself before the test gets hold of it, and
 * its 'close' event is then already gone.
 */
export function whenClosed(popup: Page): Promise<void> {
  return new Promise((resolve) => {
    popup.once('close', () => resolve());
    if (popup.isClosed()) resolve();
  });
}

/** axe with WCAG 2.1 A/AA rules; Fluent's focus-trap sentinels are hidden by design. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).exclude('[data-tabster-dummy]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Chromium logs every blocked load, frame, eval or inline script as a console message naming the policy. */
export const isCspViolation = (text: string) => /Content[- ]Security[- ]Policy/i.test(text);

export const test = base.extend<{ emulator: Emulator; cspViolations: string[] }>({
  // Playwright fixtures must destructure their dependencies, even when there are none.
  // eslint-disable-next-line no-empty-pattern
  emulator: async ({}, use) => {
    const emulator = new Emulator();
    await emulator.reset();
    await use(emulator);
  },
  // Every test fails if any page or popup of its browser context reports a Content-Security-Policy
  // violation: the app's pages must run entirely within the policy they are served with.
  cspViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on('console', (message) => {
        if (isCspViolation(message.text())) violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
