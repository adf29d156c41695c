// Opening the 10,000-item folder: time from the click to its first rows painted, and from pressing
// End on the first row to the last of the 10,000 rows painted (paging through @odata.nextLink on
// the way). Each sample is a fresh page load, so no cached pages help.
import { chromium, type Page } from '@playwright/test';
import { BENCH, signIn, startStack } from './stack';
import { median, type BenchResult } from './stats';

const SAMPLES = 5;
const OWNER = 'adele@contoso.test';
// The seeded 10,000-item folder in Adele's OneDrive (emulator/tenant/seed.json, bigFolders).
const BIG_FOLDER = 'Big folder';
const BIG_FOLDER_COUNT = 10_000;

/**
 * Milliseconds in the page's own clock from `start` until an element matching `selector` exists in
 * a frame that has been painted: checked on every animation frame inside the page, so neither
 * Playwright's round trips nor its polling interval are counted.
 */
async function timeUntil(page: Page, start: () => Promise<void>, selector: string): Promise<number> {
  const painted = page.evaluate(
    (selector) =>
      new Promise<number>((resolve, reject) => {
        const begin = performance.now();
        const check = () => {
          if (document.querySelector(selector)) setTimeout(() => resolve(performance.now() - begin), 0);
          else if (performance.now() - begin > 60_000) reject(new Error(`${selector} did not appear within 60 s`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    selector,
  );
  // Awaited below; until then a failure must not end the process as an unhandled rejection.
  painted.catch(() => undefined);
  await start();
  return painted;
}

export async function run(): Promise<BenchResult[]> {
  const stack = await startStack();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await signIn(page, OWNER);
    const firstRows: number[] = [];
    const lastRow: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      await page.goto(BENCH.app);
      const folder = page.getByRole('button', { name: BIG_FOLDER, exact: true });
      await folder.waitFor();
      const table = `[role="table"][aria-label="Files in ${BIG_FOLDER}"]`;
      // Row 1 is the header, so the first item is row 2 and the last is row count + 1.
      firstRows.push(await timeUntil(page, () => folder.click(), `${table} [role="row"][aria-rowindex="2"]`));
      const first = page.locator(`${table} [role="row"][aria-rowindex="2"]`);
      await first.focus();
      lastRow.push(await timeUntil(page, () => first.press('End'), `${table} [role="row"][aria-rowindex="${BIG_FOLDER_COUNT + 1}"]`));
    }
    return [
      { metric: `open “${BIG_FOLDER}” → first rows painted`, median: median(firstRows), unit: 'ms', samples: firstRows },
      { metric: 'End on first row → last of 10,000 rows painted', median: median(lastRow), unit: 'ms', samples: lastRow },
    ];
  } finally {
    await browser.close();
    stack.stop();
  }
}
