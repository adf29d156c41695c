// The recipient field under load, in real Chromium against the emulator:
// - pasting 1,000 entries → the field painted with them: the first chips and the "+N more" summary
//   of the rest (the field shows CHIPS_SHOWN chips), which must count every pasted entry;
// - keystroke → next paint in the recipient input with 200 recipients in the field (50 chips and
//   "+150 more").
// Every sample starts from a freshly loaded page and an empty dialog: a paste sample is one paste,
// a keystroke sample one session of KEYSTROKES keys in a dialog of its own (after the paste has
// settled), so no sample inherits another's caches, timers or draft.
// Times are taken with the page's own clock (performance.now), so Playwright's round trips are
// not counted; "painted" is a task queued from the requestAnimationFrame after the change, which
// runs once the frame has been presented.
import { chromium, type Locator, type Page } from '@playwright/test';
import { BENCH, signIn, startStack } from './stack';
import { median, type BenchResult } from './stats';

const SAMPLES = 5;
const KEYSTROKES = 20;
/** After the 200-entry paste: longer than the draft's save delay, so its write is not in a keystroke. */
const SETTLE_MS = 1000;
const OWNER = 'adele@contoso.test';
const ITEM = 'Budget 2026.xlsx';
const SETUP_TIMEOUT = 120_000;

async function openRecipients(page: Page): Promise<Locator> {
  await page.goto(BENCH.app);
  // Setting up is not measured: on a loaded machine the file list may take a while to come.
  const dialog = page.getByRole('dialog', { name: `Share "${ITEM}"` });
  const share = page.getByRole('button', { name: `Share ${ITEM}` });
  await dialog.or(share).first().waitFor({ timeout: SETUP_TIMEOUT });
  // The last sample's dialog comes back after the reload with its draft (as it does for a user):
  // Cancel forgets it, so each sample starts from an empty field.
  if (await dialog.isVisible()) {
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: SETUP_TIMEOUT });
  }
  await share.click({ timeout: SETUP_TIMEOUT });
  const input = dialog.getByRole('combobox', { name: 'Recipients' });
  await input.waitFor({ timeout: SETUP_TIMEOUT });
  return input;
}

const list = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, index) =>
    index % 3 === 0 ? `"${prefix} ${index}, Test" <${prefix}${index}@fabrikam.test>` : `${prefix}${index}@contoso.test`,
  ).join('\n');

/**
 * Dispatches a paste of `text` and resolves with ms until the field shows `expected` entries:
 * the chips painted plus the count in the "+N more" button ("Show N more recipients"), so a list
 * that lost entries on the way never finishes.
 */
function pasteAndWait(input: Locator, text: string, expected: number): Promise<number> {
  return input.evaluate(
    (element, { text, expected }) =>
      new Promise<number>((resolve, reject) => {
        const field = element.closest('[role="dialog"]') ?? document;
        // The chip list only exists once there are chips.
        const chips = () =>
          field.querySelectorAll('[role="listbox"][aria-label="Selected recipients"] [role="option"]').length +
          [...field.querySelectorAll('button[aria-label^="Show "][aria-label$=" more recipients"]')].reduce(
            (sum, button) => sum + Number((button.getAttribute('aria-label') ?? '').replace(/\D/g, '')),
            0,
          );
        (element as HTMLInputElement).focus();
        const data = new DataTransfer();
        data.setData('text/plain', text);
        const start = performance.now();
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        const check = () => {
          if (chips() === expected) {
            setTimeout(() => resolve(performance.now() - start), 0);
          } else if (performance.now() - start > 60_000) {
            reject(new Error('chips did not render within 60 s'));
          } else {
            requestAnimationFrame(check);
          }
        };
        requestAnimationFrame(check);
      }),
    { text, expected },
  );
}

async function expectTyped(input: Locator, expected: string) {
  const value = await input.inputValue();
  if (value !== expected) throw new Error(`the input holds "${value}", not "${expected}"`);
}

/** Records keydown → next paint for each trusted keystroke into `window.benchLatencies`. */
async function recordKeystrokes(input: Locator) {
  await input.evaluate((element) => {
    const latencies: number[] = [];
    (window as unknown as { benchLatencies: number[] }).benchLatencies = latencies;
    element.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => latencies.push(performance.now() - start), 0));
      },
      { capture: true },
    );
  });
}

export async function run(): Promise<BenchResult[]> {
  const stack = await startStack();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    // tsx (esbuild keepNames) wraps named functions in __name(); the page has no such helper.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await signIn(page, OWNER);
    const paste: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const input = await openRecipients(page);
      paste.push(await pasteAndWait(input, list(1000, `p${sample}x`), 1000));
    }

    const keystrokes: number[] = [];
    for (let sample = 0; sample < SAMPLES; sample += 1) {
      const input = await openRecipients(page);
      await pasteAndWait(input, list(200, `k${sample}x`), 200);
      await page.waitForTimeout(SETTLE_MS);
      await recordKeystrokes(input);
      // Letters that match nobody, with pauses shorter than the suggestion debounce.
      for (let index = 0; index < KEYSTROKES; index += 1) {
        await page.keyboard.press(index % 10 === 9 ? 'Backspace' : 'q');
        await page.waitForTimeout(60);
      }
      await page.waitForTimeout(200);
      const session = await page.evaluate(() => (window as unknown as { benchLatencies: number[] }).benchLatencies);
      // Every key must have been seen in the field, or the figure would be of fewer keys than it says.
      if (session.length !== KEYSTROKES) throw new Error(`recorded ${session.length} of ${KEYSTROKES} keystrokes`);
      await expectTyped(input, 'q'.repeat(KEYSTROKES - 2 * Math.floor(KEYSTROKES / 10)));
      keystrokes.push(...session);
    }
    return [
      { metric: 'paste 1,000 entries → chips and "+N more" painted', median: median(paste), unit: 'ms', samples: paste },
      { metric: `keystroke → paint with 200 chips (${SAMPLES} × ${KEYSTROKES} keys)`, median: median(keystrokes), unit: 'ms', samples: keystrokes },
    ];
  } finally {
    await browser.close();
    stack.stop();
  }
}
