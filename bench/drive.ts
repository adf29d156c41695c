// Opening the 10,000-item folder: time from the click to its first rows painted, and from pressing
// End on the first row to the last of the 10,000 rows painted (paging through @odata.nextLink on
// the way). Each sample is a fresh page load, so no cached pages help.
import { chromium, type Locator, type Page } from '@playwright/test';
import { BENCH, signIn, startStack } from './stack';
import { median, type BenchResult } from './stats';

const SAMPLES = 5;
const OWNER = 'adele@contoso.test';
// The seeded 10,000-item folder in Adele's OneDrive (emulator/tenant/seed.json, bigFolders).
const BIG_FOLDER = 'Big folder';
const BIG_FOLDER_COUNT = 10_000;

/** Milliseconds in the page's own clock, so Playwright's round trips are not counted. */
async function timeUntil(page: Page, start: () => Promise<void>, painted: Locator): Promise<number> {
  await page.evaluate(() => {
    (window as unknown as { benchStart: number }).benchStart = performance.now();
  });
  await start();
  await painted.waitFor({ timeout: 60_000 });
  return page.evaluate(() => performance.now() - (window as unknown as { benchStart: number }).benchStart);
}

export async function run(): Promise<BenchResult[]> {
  const stack = await startStack();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await signIn(page, OWNER);
    const firstRows: number[] = [];
    const lastRow: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      await page.goto(BENCH.app);
      const folder = page.getByRole('button', { name: BIG_FOLDER, exact: true });
      await folder.waitFor();
      const table = page.getByRole('table', { name: `Files in ${BIG_FOLDER}` });
      const first = table.getByRole('row').nth(1);
      firstRows.push(await timeUntil(page, () => folder.click(), first));
      await first.focus();
      // Row 1 is the header, so the last item is row count + 1.
      lastRow.push(await timeUntil(page, () => first.press('End'), table.locator(`[role="row"][aria-rowindex="${BIG_FOLDER_COUNT + 1}"]`)));
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
