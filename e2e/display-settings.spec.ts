import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { checkScreen } from './layout-check';
import { settle } from './layout-screens';

// What a person's display settings ask of every screen: forced colours (Windows high contrast),
// 400 % zoom (a 1280 px window at 400 % is 320 CSS px wide) and reduced motion.

// Each test walks several screens (with axe at 320 px): allow for a busy machine.
test.describe.configure({ timeout: 240_000 });

const shareDialog = (page: Page, name: string) => page.getByRole('dialog', { name: `Share "${name}"` });

/**
 * Controls on the page that a person could not see in forced colours: a control whose edges are not
 * drawn (no side of its border, nor an outline, in a colour that is not transparent) and that has no
 * visible text or icon of its own either. Switches and checkboxes are drawn by their indicator, so the
 * indicator is what must have a border. Runs in the page.
 */
function invisibleControls(): string[] {
  const visibleColour = (colour: string) => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
  const drawn = (element: Element) => {
    const style = getComputedStyle(element);
    const sides = ['Top', 'Right', 'Bottom', 'Left'] as const;
    const border = sides.some(
      (side) =>
        style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
        parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
        visibleColour(style.getPropertyValue(`border-${side.toLowerCase()}-color`)),
    );
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && visibleColour(style.outlineColor);
    return border || outline;
  };
  const hasText = (element: Element) => (element as HTMLElement).innerText.trim() !== '' && visibleColour(getComputedStyle(element).color);
  // An icon drawn in the text colour (a field's chevron): forced colours give it the text's colour.
  const hasIcon = (element: Element) => {
    const icon = element.querySelector('svg');
    return icon !== null && icon.getBoundingClientRect().width >= 8 && visibleColour(getComputedStyle(icon).color);
  };
  const problems: string[] = [];
  const controls = document.querySelectorAll(
    'button, [role="button"], [role="combobox"], [role="tab"], input, textarea, select, a[href], [role="switch"], [role="checkbox"], [role="option"]',
  );
  for (const control of controls) {
    const box = control as HTMLElement;
    if (!box.checkVisibility({ opacityProperty: false, visibilityProperty: true }) || box.closest('[aria-hidden="true"], [data-tabster-dummy]')) continue;
    const rect = box.getBoundingClientRect();
    if (rect.width < 2 || rect.height < 2) continue;
    const type = box.getAttribute('type');
    const name = `${box.tagName.toLowerCase()}${box.getAttribute('role') ? `[role=${box.getAttribute('role')}]` : ''} “${(box.getAttribute('aria-label') ?? box.innerText ?? '').trim().slice(0, 40)}”`;
    if (type === 'checkbox' || type === 'radio' || box.getAttribute('role') === 'switch') {
      // Fluent draws these with an indicator beside the (transparent) native input.
      const indicator = box.parentElement?.querySelector('.fui-Switch__indicator, .fui-Checkbox__indicator, .fui-Radio__indicator');
      if (!indicator || !drawn(indicator)) problems.push(`${name}: its indicator has no visible border`);
      continue;
    }
    // Fluent's inputs are drawn by their wrapper (Input, Textarea, SearchBox, Combobox).
    const frame = box.matches('input, textarea')
      ? (box.closest('.fui-Input, .fui-Textarea, .fui-SearchBox, .fui-TagPickerControl, .fui-Combobox') ?? box)
      : box;
    if (drawn(frame) || hasText(box) || hasIcon(box)) continue;
    problems.push(`${name}: no visible border, outline or text`);
  }
  return problems;
}

/**
 * The focused element's focus indicator: an outline, or a border Fluent draws in ::after, on the
 * element or on one of the few ancestors that draw it for their focused child (`:focus-within`: a
 * table's header cell, an input's wrapper). `null` when focus has left the page (Tab past its end).
 * Runs in the page.
 */
function focusIndicator(): string | null {
  const active = document.activeElement;
  if (!active || active === document.body) return null;
  const visibleColour = (colour: string) => colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour);
  const drawers: Element[] = [];
  for (let element: Element | null = active; element && drawers.length < 4; element = element.parentElement) drawers.push(element);
  for (const element of drawers) {
    const own = getComputedStyle(element);
    if (own.outlineStyle !== 'none' && parseFloat(own.outlineWidth) > 0 && visibleColour(own.outlineColor)) return 'visible';
    for (const pseudo of ['::after', '::before']) {
      const style = getComputedStyle(element, pseudo);
      if (style.content === 'none') continue;
      const border = ['top', 'right', 'bottom', 'left'].some(
        (side) =>
          style.getPropertyValue(`border-${side}-style`) !== 'none' &&
          parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1 &&
          visibleColour(style.getPropertyValue(`border-${side}-color`)),
      );
      if (border || (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)) return 'visible';
    }
  }
  return `no focus indicator on ${active.tagName.toLowerCase()} “${(active.getAttribute('aria-label') ?? (active as HTMLElement).innerText).slice(0, 40)}”`;
}

/** Tabs through the page (up to `max` stops) and returns each stop whose focus indicator cannot be seen. */
async function unseenFocus(page: Page, max = 40): Promise<string[]> {
  const problems: string[] = [];
  for (let step = 0; step < max; step++) {
    await page.keyboard.press('Tab');
    const result = await page.evaluate(focusIndicator);
    if (result !== null && result !== 'visible') problems.push(result);
  }
  return [...new Set(problems)];
}

test.describe('forced colours', () => {
  test.use({ forcedColors: 'active' });

  test('every control of the file list and the share dialog keeps its edges or text, and focus is visible', async ({ page }) => {
    await signIn(page, 'adele@contoso.test');
    await expect(page.getByRole('table', { name: 'Files in My files' }).getByText('Budget 2026.xlsx')).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(invisibleControls), 'file list').toEqual([]);
    await page.getByRole('table', { name: 'Files in My files' }).getByRole('row').nth(1).focus();
    expect(await unseenFocus(page, 8), 'focus in the file list').toEqual([]);

    await page.getByRole('button', { name: 'Share Budget 2026.xlsx' }).click();
    const dialog = shareDialog(page, 'Budget 2026.xlsx');
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await recipients.fill('alex@contoso.test');
    await recipients.press('Enter');
    await expect(dialog.getByRole('listbox', { name: 'Selected recipients' }).getByRole('option')).toHaveCount(1);
    await settle(page);
    expect(await page.evaluate(invisibleControls), 'share dialog with chips').toEqual([]);
    expect(await unseenFocus(page, 16), 'focus in the share dialog').toEqual([]);
  });
});

test.describe('400 % zoom: a 320 CSS px window', () => {
  test.use({ viewport: { width: 320, height: 256 } });

  test('the file list and the dialog pass the layout check, and every control is reached and works', async ({ page, emulator }) => {
    await signIn(page, 'adele@contoso.test');
    const files = page.getByRole('table', { name: 'Files in My files' });
    await expect(files.getByText('Budget 2026.xlsx')).toBeVisible({ timeout: 30_000 });
    await settle(page);
    await checkScreen(page, 'file list at 320 × 256');

    // Into a folder and back by keyboard, then the Share button of a file.
    await files.getByRole('row').nth(1).focus();
    await pressUntil(page, 'ArrowDown', () => page.getByRole('row', { name: /^Folder: Reports/ }).evaluate((row) => row === document.activeElement));
    await page.keyboard.press('Enter');
    const reports = page.getByRole('table', { name: 'Files in Reports' });
    await expect(reports.getByText('Q3 Report.xlsx')).toBeVisible();
    await settle(page);
    await checkScreen(page, 'a folder at 320 × 256');
    const share = page.getByRole('button', { name: 'Share Q3 Report.xlsx' });
    await share.focus();
    await expect(share).toBeInViewport();
    await page.keyboard.press('Enter');

    const dialog = shareDialog(page, 'Q3 Report.xlsx');
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await expect(recipients).toBeFocused();
    await page.keyboard.type('alex@contoso.test');
    await page.keyboard.press('Enter');
    await settle(page);
    await checkScreen(page, 'share dialog at 320 × 256');

    // Every control of the form can be scrolled into view and used: the role, both switches, the
    // message, and Send in the footer.
    const permission = dialog.getByRole('combobox', { name: 'Permission' });
    await permission.focus();
    await expect(permission).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('option', { name: 'Can edit' })).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(permission).toHaveText('Can edit');
    for (const name of ['Require sign-in', 'Send invitation email']) {
      const toggle = dialog.getByRole('switch', { name });
      await toggle.focus();
      await expect(toggle).toBeInViewport();
      const before = await toggle.isChecked();
      await page.keyboard.press('Space');
      await expect(toggle).toBeChecked({ checked: !before });
      await page.keyboard.press('Space');
      await expect(toggle).toBeChecked({ checked: before });
    }
    const message = dialog.getByRole('textbox', { name: 'Message' });
    await message.focus();
    await expect(message).toBeInViewport();
    await page.keyboard.type('Numbers');
    const send = dialog.getByRole('button', { name: 'Send' });
    await send.focus();
    await expect(send).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.', { exact: true })).toBeVisible();
    await settle(page);
    await checkScreen(page, 'outcome at 320 × 256');
    const stored = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
    expect(stored.permissions.map((permission) => [permission.grantedToV2?.user?.email, permission.roles])).toEqual([['alex@contoso.test', ['write']]]);

    // Manage access, its role dropdown, and back.
    const manage = dialog.getByRole('button', { name: 'Manage access' });
    await manage.focus();
    await expect(manage).toBeInViewport();
    await page.keyboard.press('Enter');
    const alexRole = dialog.getByRole('combobox', { name: 'Permission for Alex Wilber' });
    await alexRole.focus();
    await expect(alexRole).toBeInViewport();
    await settle(page);
    await checkScreen(page, 'Manage access at 320 × 256');
  });
});

async function pressUntil(page: Page, key: string, done: () => Promise<boolean>, max = 20): Promise<void> {
  for (let step = 0; step < max && !(await done()); step++) await page.keyboard.press(key);
  expect(await done(), `${key} reached its target`).toBe(true);
}

/**
 * Elements with a transition or animation longer than a hundredth of a millisecond. Runs in the page.
 * Spinners are left out: with reduced motion Fluent turns them into one slow plain ring turning,
 * which is the one motion WCAG calls essential (2.2.2: an indicator that something is loading, so
 * the page does not look frozen), and each has a label saying what is happening.
 */
function movingElements(): string[] {
  const longest = (value: string) => Math.max(0, ...value.split(',').map((part) => (part.trim().endsWith('ms') ? parseFloat(part) : parseFloat(part) * 1000)));
  const moving: string[] = [];
  for (const element of document.querySelectorAll('*')) {
    if (element.closest('.fui-Spinner')) continue;
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(element, pseudo);
      const transition = longest(style.transitionDuration);
      const animation = style.animationName === 'none' ? 0 : longest(style.animationDuration);
      if (transition > 0.01 || animation > 0.01) {
        moving.push(`${element.tagName.toLowerCase()}.${element.classList[0] ?? ''}${pseudo ?? ''}: transition ${transition} ms, animation ${animation} ms`);
      }
    }
  }
  // Fluent's motion components animate through the Web Animations API, not CSS.
  for (const animation of document.getAnimations()) {
    const target = (animation.effect as KeyframeEffect | null)?.target;
    if (target?.closest('.fui-Spinner')) continue;
    const duration = Number(animation.effect?.getComputedTiming().duration ?? 0);
    if (duration > 1) moving.push(`a ${duration} ms animation on ${target?.className ?? '?'}`);
  }
  return [...new Set(moving)];
}

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing moves: no transition or animation on the file list, the dialog, Manage access or while sending', async ({ page, emulator }) => {
    await signIn(page, 'adele@contoso.test');
    await expect(page.getByRole('table', { name: 'Files in My files' }).getByText('Budget 2026.xlsx')).toBeVisible({ timeout: 30_000 });
    expect(await page.evaluate(movingElements), 'file list').toEqual([]);

    await page.getByRole('button', { name: 'Share Budget 2026.xlsx' }).click();
    // Checked while the dialog opens, not only once it is still.
    expect(await page.evaluate(movingElements), 'the dialog opening').toEqual([]);
    const dialog = shareDialog(page, 'Budget 2026.xlsx');
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await recipients.pressSequentially('me');
    await expect(page.getByRole('listbox', { name: 'Suggested recipients' }).getByRole('option').first()).toBeVisible();
    expect(await page.evaluate(movingElements), 'suggestions open').toEqual([]);
    await recipients.press('Enter');
    expect(await page.evaluate(movingElements), 'a chip added').toEqual([]);

    // The spinner of "Sending…" too: its label says what is happening.
    await emulator.fault({ method: 'POST', path: '/invite$', delayMs: 3000 });
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByRole('button', { name: 'Sending…' })).toBeVisible();
    expect(await page.evaluate(movingElements), 'sending').toEqual([]);
    await expect(dialog.getByText('Shared “Budget 2026.xlsx” with 1 person.', { exact: true })).toBeVisible();
    expect(await page.evaluate(movingElements), 'the outcome').toEqual([]);

    await dialog.getByRole('button', { name: 'Manage access' }).click();
    await expect(dialog.getByRole('button', { name: 'Back to sharing' })).toBeVisible();
    expect(await page.evaluate(movingElements), 'Manage access').toEqual([]);
  });
});
