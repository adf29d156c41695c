import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { applyVariant, BASE, SCREEN_GROUPS, type Variant } from './layout-screens';

// Run by `npm run screenshots` only (e2e/layout.screenshots.config.ts): a PNG of every screen of
// layout-screens.ts in each of these variants, for people to look at. scripts/screenshots.ts
// writes the contact sheet from the file names: <screen number>-<screen>.<variant>.png.
const SHOT_VARIANTS: readonly Variant[] = [
  { width: 360, theme: 'light', language: 'en' },
  { width: 1280, theme: 'light', language: 'en' },
  { width: 360, theme: 'dark', language: 'ar' },
  { width: 1280, theme: 'dark', language: 'ar' },
];

const SHOTS_DIR = process.env.SCREENSHOTS_DIR ?? 'screenshots';
const shotVariantName = (variant: Variant) => `${variant.width}-${variant.theme}-${variant.language}`;

let number = 0;
for (const group of SCREEN_GROUPS) {
  const first = number;
  number += group.screens.length;
  test(`screenshots: ${group.name}`, async ({ page, emulator }) => {
    test.setTimeout(60_000 + group.screens.length * 60_000);
    mkdirSync(SHOTS_DIR, { recursive: true });
    for (const [index, screen] of group.screens.entries()) {
      await screen.show(page, emulator);
      for (const variant of SHOT_VARIANTS) {
        const file = `${String(first + index + 1).padStart(2, '0')}-${screen.name}.${shotVariantName(variant)}.png`;
        // A state that ended while it was photographed (sending timed out) is brought back and taken again.
        for (let attempt = 1; ; attempt++) {
          await screen.renew?.(page, emulator);
          await applyVariant(page, variant);
          await page.screenshot({ path: join(SHOTS_DIR, file), fullPage: true, animations: 'disabled', caret: 'hide' });
          const still = (await screen.still?.(page)) ?? true;
          if (still || attempt === 3) {
            expect(still, `${screen.name} still on screen`).toBe(true);
            break;
          }
        }
      }
      await applyVariant(page, BASE);
    }
  });
}
