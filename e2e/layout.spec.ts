import { expect, test } from './fixtures';
import { reportProblems, screenProblems } from './layout-check';
import { allVariants, applyVariant, axeVariants, BASE, SCREEN_GROUPS, sameVariant, variantName } from './layout-screens';

// Every screen of layout-screens.ts, at 360, 768 and 1280 px, light and dark, English and Arabic:
// no overlapping text, no sideways scrolling, nothing cut off without an ellipsis and its full
// text, and no axe violation (WCAG 2.2 A/AA), in all 12 combinations (LAYOUT_AXE=pairwise scans
// fewer, see axeVariants). One page per group; the width, theme and language change in place, so
// each screen's state is reached once.
for (const group of SCREEN_GROUPS) {
  test(`layout and axe: ${group.name}`, async ({ page, emulator }) => {
    // About 1 s a combination with axe on a quiet machine, 5 s on a loaded one: allow 10 s.
    test.setTimeout(60_000 + group.screens.length * allVariants().length * 10_000);
    for (const screen of group.screens) {
      await test.step(screen.name, async () => {
        await screen.show(page, emulator);
        for (const variant of allVariants()) {
          const axe = axeVariants().some((scanned) => sameVariant(scanned, variant));
          // A state that ended during the check (sending timed out) is brought back and checked again.
          for (let attempt = 1; ; attempt++) {
            await screen.renew?.(page, emulator);
            await applyVariant(page, variant);
            const problems = await screenProblems(page, { axe });
            const still = (await screen.still?.(page)) ?? true;
            if (still || attempt === 3) {
              expect.soft(still, `${screen.name} still on screen at ${variantName(variant)}`).toBe(true);
              reportProblems(`${screen.name} at ${variantName(variant)}`, problems);
              break;
            }
          }
        }
        // The next screen is reached in English, light, at full width.
        await applyVariant(page, BASE);
      });
    }
  });
}
