import { chromium, defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

// Ports of the stack under test, apart from `npm start`'s so both can run at once.
export const E2E = {
  app: 'http://localhost:4173',
  identity: 'http://localhost:4100',
  graph: 'http://localhost:4101',
  /** The demo portal: another site than the app, embedding it. */
  portal: 'http://127.0.0.1:4180',
} as const;

// Playwright's own Chromium when it is installed; otherwise Debian's (Playwright cannot download
// its browsers here, and .ci/run installs the `chromium` package).
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
const executablePath = chromiumPath();

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // One emulator holds the state every test checks, so tests run one at a time.
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: E2E.app,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run'],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'npx tsx emulator/main.ts',
      url: `${E2E.identity}/.well-known/openid-configuration`,
      env: {
        EMULATOR_IDENTITY_PORT: '4100',
        EMULATOR_GRAPH_PORT: '4101',
        EMULATOR_APP_ORIGINS: E2E.app,
        EMULATOR_PORTAL_ORIGINS: E2E.portal,
        EMULATOR_CONTROL: '1',
        EMULATOR_QUIET: '1',
      },
      // Never reuse: a server left running from another build would test the wrong thing.
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: 'npx tsx portal/main.ts',
      url: E2E.portal,
      env: { PORTAL_PORT: '4180', PORTAL_APP_URL: E2E.app },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx vite preview --mode e2e --outDir dist-e2e --port 4173 --strictPort',
      url: E2E.app,
      // Never reuse: a server left running from another build would test the wrong thing.
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
