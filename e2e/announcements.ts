import { expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __announced?: string[];
  }
}

/**
 * Records what the page tells screen readers through Fluent's AriaLiveAnnouncer. Chromium has
 * `document.ariaNotify`, which the announcer uses there, so the recorder wraps it; browsers without
 * it get the announcer's live region, which the recorder watches. Call before the page loads.
 */
export async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const announced: string[] = [];
    window.__announced = announced;
    const proto = Document.prototype as Document & { ariaNotify?: (message: string, options?: unknown) => void };
    const original = proto.ariaNotify;
    if (typeof original === 'function') {
      proto.ariaNotify = function (this: Document, message: string, options?: unknown) {
        announced.push(message);
        original.call(this, message, options);
      };
      return;
    }
    new MutationObserver((records) => {
      for (const record of records) {
        const region = record.target instanceof Element ? record.target.closest('[aria-live]') : record.target.parentElement?.closest('[aria-live]');
        const text = region?.textContent?.trim();
        if (text) announced.push(text);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export async function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window.__announced ?? [])]);
}

/** Waits until the page has announced a sentence matching `expected`. */
export async function expectAnnounced(page: Page, expected: string | RegExp): Promise<void> {
  await expect
    .poll(async () => (await announcements(page)).some((message) => (typeof expected === 'string' ? message.includes(expected) : expected.test(message))), {
      message: `announced ${String(expected)}`,
    })
    .toBe(true);
}
