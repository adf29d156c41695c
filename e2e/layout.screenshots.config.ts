import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import base from '../playwright.config';

// `npm run screenshots` (scripts/screenshots.ts): the e2e stack and browser of playwright.config.ts,
// running only the screenshot tour, which is never part of `npm test`. Paths are the repository's:
// a config file's directory is otherwise where Playwright starts servers and puts results.
const root = fileURLToPath(new URL('..', import.meta.url));
const servers = Array.isArray(base.webServer) ? base.webServer : base.webServer ? [base.webServer] : [];

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: 'layout.screenshots.ts',
  outputDir: `${root}/test-results/screenshots`,
  reporter: 'list',
  use: { ...base.use, trace: 'off', screenshot: 'off' },
  webServer: servers.map((server) => ({ ...server, cwd: root })),
});
