// The floor under issue 14's first-view goals: the least the decided stack needs before a share
// dialog's recipient field takes input, with no app code at all (bench/floor/). Three pages, built
// together and measured as the app's first views are (gzip of each page's static import graph, read from
// the build's manifest by the size guard's own code; recipient input ready at 4× CPU, warm):
// - components: React and the Fluent components the dialog cannot show without (Dialog, Field,
//   TagPicker with one chip and one suggestion, Button);
// - libraries: the same, plus react-intl, TanStack Query and MSAL (started beside the render);
// - plain-input: a first stage a deep link could show while the rest loads: a plain Input in place
//   of the TagPicker, with react-intl and TanStack Query, and without MSAL (it would load beside).
// These figures have no goal of their own: they say how much of the 160 kB and 600 ms the stack
// itself takes, whatever the app does.
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { build } from 'vite';
import { measureView, type Manifest } from '../scripts/size-guard';
import { IMMUTABLE_CACHE, isHashedAsset, REVALIDATE } from '../scripts/security-headers';
import { INPUT_READY, watchForInput } from './first-view';
import { median, type BenchResult } from './stats';

const ROOT = resolve(import.meta.dirname, 'floor');
const DIST = resolve(import.meta.dirname, '..', 'dist-bench-floor');
const PORT = 4303;
const ORIGIN = `http://localhost:${PORT}`;
const SAMPLES = 5;
const CPU_SLOWDOWN = 4;
const PAGES = [
  { page: 'components', label: 'React + Fluent Dialog, Field, TagPicker, Tag, Avatar, Button' },
  { page: 'libraries', label: 'the same + react-intl, TanStack Query, MSAL' },
  { page: 'plain-input', label: 'a plain Input for the TagPicker, + react-intl, TanStack Query' },
] as const;

async function buildFloor(): Promise<Manifest> {
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir: DIST,
      emptyOutDir: true,
      manifest: true,
      // The pages are measured one by one; a warning about their size is what this bench reports.
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input: Object.fromEntries(PAGES.map(({ page }) => [page, join(ROOT, `${page}.html`)])) },
    },
  });
  return JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

export async function run(): Promise<BenchResult[]> {
  const manifest = await buildFloor();
  const results: BenchResult[] = PAGES.map(({ page, label }) => {
    const size = measureView(manifest, { name: page, needs: [`${page}.html`], budgetBytes: 0 }, (file) => readFileSync(join(DIST, file)));
    return { metric: `floor, JS gzip: ${label}`, median: size.gzipBytes / 1024, unit: 'kB', samples: [size.gzipBytes / 1024] };
  });

  const serve = sirv(DIST, {
    etag: true,
    setHeaders: (res, pathname) => res.setHeader('Cache-Control', isHashedAsset(pathname) ? IMMUTABLE_CACHE : REVALIDATE),
  });
  const server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise<void>((done) => server.listen(PORT, 'localhost', done));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.addInitScript({ content: watchForInput(ORIGIN) });
    const inputReady = async (url: string) => {
      const ready = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(INPUT_READY), timeout: 60_000 });
      await page.goto(url, { waitUntil: 'commit' });
      return Number(await (await ready).args()[1]?.jsonValue());
    };
    const cdp = await page.context().newCDPSession(page);
    for (const { page: name, label } of PAGES) {
      const url = `${ORIGIN}/${name}.html`;
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      // Warm, as the app's deep link is measured: the files are in the cache.
      await inputReady(url);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const times: number[] = [];
      for (let sample = 0; sample < SAMPLES; sample += 1) times.push(await inputReady(url));
      results.push({ metric: `floor, → recipient input at ${CPU_SLOWDOWN}× CPU: ${label}`, median: median(times), unit: 'ms', samples: times });
    }
  } finally {
    await browser.close();
    server.close();
  }
  results.at(-1)!.note =
    'the floor is what the decided stack needs before any app code runs (bench/floor/); the first-view goals of 160 kB and 600 ms are to be read against it.';
  return results;
}
