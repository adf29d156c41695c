// Starts what a browser benchmark needs on the benchmark ports (4300-4399, never the e2e ports):
// the emulator and an app build pointed at it, served by the production server (`npm run serve`),
// so a warm page gets its hashed files from the cache without asking, as a returning user's does.
// (`vite preview` revalidates every file on every load: 30 requests answered 304 on a deep link.)
import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export const BENCH = { identity: 'http://localhost:4300', graph: 'http://localhost:4301', app: 'http://localhost:4302' } as const;
/** Where the benchmark build goes (its manifest is what the first-view sizes are read from). */
export const BENCH_DIST = 'dist-bench';

function start(command: string, args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  return child;
}

async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not come up within ${timeoutMs / 1000} s`);
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

export interface BenchStack {
  stop(): void;
}

/** Builds the app for the benchmark ports (env overrides .env.e2e), then starts the emulator and the server. */
export async function startStack(): Promise<BenchStack> {
  await run('npx', ['vite', 'build', '--mode', 'e2e', '--outDir', BENCH_DIST, '--logLevel', 'warn'], {
    VITE_AUTHORITY: 'https://localhost:4300',
    VITE_OIDC_ENDPOINTS: BENCH.identity,
    VITE_GRAPH_BASE_URL: BENCH.graph,
  });
  const children = [
    start('npx', ['tsx', 'emulator/main.ts'], {
      EMULATOR_IDENTITY_PORT: '4300',
      EMULATOR_GRAPH_PORT: '4301',
      EMULATOR_APP_ORIGINS: BENCH.app,
      EMULATOR_CONTROL: '1',
      EMULATOR_QUIET: '1',
    }),
    start('npx', ['tsx', 'scripts/serve-dist.ts', '--dir', BENCH_DIST, '--port', '4302'], {}),
  ];
  const stop = () => {
    for (const child of children) {
      // Each was started as its own process group: end the group, so npx's children go too.
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
  };
  try {
    await waitFor(`${BENCH.identity}/.well-known/openid-configuration`);
    await waitFor(BENCH.app);
  } catch (error) {
    stop();
    throw error;
  }
  return { stop };
}

/** Signs in through the emulator's own sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password = 'Contoso-Demo-2026'): Promise<void> {
  await page.goto(BENCH.app);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
