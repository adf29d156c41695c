import { expect, expectNoAxeViolations, signIn, test } from './fixtures';
import { layoutProblems } from './layout-check';

test.describe('finding the item', () => {
  test.beforeEach(async ({ page, emulator: _ }) => {
    await signIn(page, 'adele@contoso.test');
  });

  test('opens the share dialog from a Graph-style deep link and sends to the resolved drive id + item id', async ({ page, emulator }) => {
    const { driveId, item } = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
    await page.goto(`/?target=${encodeURIComponent('/me/drive/root:/Reports/Q3 Report.xlsx:')}`);
    const dialog = page.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await recipients.fill('lee@contoso.test');
    await recipients.press('Enter');
    const invite = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
    await dialog.getByRole('button', { name: 'Send' }).click();
    expect((await invite).url()).toBe(`http://localhost:4101/v1.0/drives/${encodeURIComponent(driveId)}/items/${item.id}/invite`);
    await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeVisible();
    const stored = (await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx')).permissions;
    expect(stored.map((permission) => permission.invitation?.email)).toEqual(['lee@contoso.test']);

    // Closing the dialog forgets the link, so a reload does not open it again.
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('a malformed target explains itself and offers browsing instead', async ({ page }) => {
    await page.goto(`/?target=${encodeURIComponent('/drives/b!x/items/1/children')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The link does not point to a file or folder');
    await expect(alert).toContainText('does not end at an item');
    await expectNoAxeViolations(page);
    await alert.getByRole('button', { name: 'Browse your files instead' }).click();
    await expect(alert).toBeHidden();
    await expect(page.getByRole('table', { name: 'Files in My files' })).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
  });

  test('an unreachable target shows Graph’s error with its code and a way to browse', async ({ page }) => {
    await page.goto(`/?target=${encodeURIComponent('/Reports/No such file.xlsx')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The item from your link could not be opened');
    await expect(alert).toContainText('Error code: itemNotFound');
    await page.getByRole('button', { name: 'Browse your files instead' }).click();
    await expect(page.getByRole('table', { name: 'Files in My files' })).toBeVisible();
  });

  test('a folder keeps sign-in required, and a business drive offers no password or expiry', async ({ page }) => {
    await page.getByRole('button', { name: 'Share Reports' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share "Reports"' });
    const toggle = dialog.getByRole('switch', { name: 'Require sign-in' });
    await expect(toggle).toBeChecked();
    await expect(toggle).toBeDisabled();
    await expect(dialog.getByText('must always sign in')).toBeVisible();
    await expect(dialog.getByLabel('Password')).toBeDisabled();
    await expect(dialog.getByText('Passwords can be set only on personal OneDrive')).toBeVisible();
    await expect(dialog.getByLabel('Expires')).toBeDisabled();
    await expectNoAxeViolations(page);
  });

  test('sorts by size on the server and walks the list by keyboard', async ({ page }) => {
    const files = page.getByRole('table', { name: 'Files in My files' });
    await files.getByRole('button', { name: 'Size' }).click();
    await expect(files.getByRole('columnheader', { name: 'Size' })).toHaveAttribute('aria-sort', 'descending');
    const rows = files.getByRole('row');
    await rows.nth(1).focus();
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(2)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(rows.nth(1)).toBeFocused();
  });
});

test.describe('finding the item across drives', () => {
  test('opens a folder, searches the drive and shares a search result', async ({ page, emulator }) => {
    await signIn(page, 'adele@contoso.test');
    await page.getByRole('button', { name: 'Projects', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Files in Projects' })).toBeVisible();
    await page.getByRole('navigation', { name: 'Folder path' }).getByRole('button', { name: 'My files' }).click();

    await page.getByRole('searchbox', { name: 'Search this drive' }).fill('Q3');
    const results = page.getByRole('table', { name: 'Search results for “Q3”' });
    const row = results.getByRole('row', { name: /Q3 Report\.xlsx/ });
    await expect(row).toContainText('in Reports');
    await expectNoAxeViolations(page);
    await row.getByRole('button', { name: 'Share Q3 Report.xlsx' }).click();

    const dialog = page.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' });
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await recipients.fill('diego@contoso.test');
    await recipients.press('Enter');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await expect(dialog.getByText('Shared “Q3 Report.xlsx” with 1 person.')).toBeVisible();
    const stored = (await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx')).permissions;
    expect(stored.map((permission) => [permission.invitation?.email, permission.roles])).toEqual([['diego@contoso.test', ['read']]]);
  });

  test('shares an item from Shared with me on its owner’s drive, through remoteItem', async ({ page, emulator }) => {
    await signIn(page, 'adele@contoso.test');
    await page.getByRole('tab', { name: 'Shared with me' }).click();
    const shared = page.getByRole('table', { name: 'Files in Shared with me' });
    await expect(shared.getByRole('row', { name: /Campaigns/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await shared.getByRole('button', { name: 'Share Marketing plan.docx' }).click();

    const dialog = page.getByRole('dialog', { name: 'Share "Marketing plan.docx"' });
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await recipients.fill('lee@contoso.test');
    await recipients.press('Enter');
    const invite = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
    await dialog.getByRole('button', { name: 'Send' }).click();
    const owners = await emulator.item('megan@contoso.test', '/Marketing plan.docx');
    expect((await invite).url()).toBe(`http://localhost:4101/v1.0/drives/${encodeURIComponent(owners.driveId)}/items/${owners.item.id}/invite`);
    await expect(dialog.getByText('Shared “Marketing plan.docx” with 1 person.')).toBeVisible();
    const after = (await emulator.item('megan@contoso.test', '/Marketing plan.docx')).permissions;
    expect(after.some((permission) => permission.invitation?.email === 'lee@contoso.test')).toBe(true);
  });

  test('opens the dialog from a sharing URL and from an item’s webUrl', async ({ page, emulator }) => {
    await signIn(page, 'adele@contoso.test');
    const brief = await emulator.item('adele@contoso.test', '/Product brief.docx');
    const link = (brief.permissions as { link?: { webUrl?: string } }[]).find((permission) => permission.link?.webUrl)?.link?.webUrl;
    expect(link, 'a seeded sharing link').toBeTruthy();
    await page.goto(`/?target=${encodeURIComponent(link ?? '')}`);
    await expect(page.getByRole('dialog', { name: 'Share "Product brief.docx"' }).getByRole('combobox', { name: 'Recipients' })).toBeVisible();
    await expectNoAxeViolations(page);

    const { item } = await emulator.item('adele@contoso.test', '/Reports/Q3 Report.xlsx');
    const webUrl = (item as { webUrl?: string }).webUrl ?? '';
    expect(webUrl).toMatch(/^https?:\/\//);
    await page.goto(`/?target=${encodeURIComponent(webUrl)}`);
    await expect(page.getByRole('dialog', { name: 'Share "Q3 Report.xlsx"' }).getByRole('combobox', { name: 'Recipients' })).toBeVisible();
  });

  test('scrolls to the last of 10,000 items with a bounded number of rows in the page', async ({ page }) => {
    await signIn(page, 'adele@contoso.test');
    await page.getByRole('button', { name: 'Big folder', exact: true }).click();
    const table = page.getByRole('table', { name: 'Files in Big folder' });
    await expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rows = table.getByRole('row');
    await rows.nth(1).focus();
    await page.keyboard.press('End');
    const last = table.locator('[role="row"][aria-rowindex="10001"]');
    await expect(last).toBeFocused({ timeout: 30_000 });
    await expect(last).toBeInViewport();
    expect(await rows.count()).toBeLessThan(60);

    // Scrolling back up by wheel keeps the DOM bounded too.
    await page.mouse.wheel(0, -5000);
    expect(await rows.count()).toBeLessThan(60);
    await page.keyboard.press('Home');
    await expect(table.locator('[role="row"][aria-rowindex="2"]')).toBeFocused();
    await expectNoAxeViolations(page);
  });

  test('browses a followed SharePoint site’s library', async ({ page }) => {
    await signIn(page, 'adele@contoso.test');
    await page.getByRole('tab', { name: 'Libraries' }).click();
    await page
      .getByRole('list', { name: 'Libraries' })
      .getByRole('button', { name: /Human Resources/ })
      .click();
    await expect(page.getByRole('table', { name: 'Files in Human Resources' }).getByRole('row', { name: /Policies/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('offers a password on a personal drive, where Graph accepts one', async ({ page, emulator }) => {
    await signIn(page, 'casey@contoso.test');
    await page.getByRole('button', { name: 'Share Portfolio.pdf' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share "Portfolio.pdf"' });
    const password = dialog.getByLabel('Password');
    await expect(password).toBeEnabled();
    await expect(dialog.getByRole('combobox', { name: 'Expires' })).toBeEnabled();
    await expectNoAxeViolations(page);
    await password.fill('Tr1cky-Pass');
    const recipients = dialog.getByRole('combobox', { name: 'Recipients' });
    await recipients.fill('adele@contoso.test');
    await recipients.press('Enter');
    // Sign-in is refused from a personal OneDrive to a work account (secureSharingInvalidRequest).
    await dialog.getByRole('switch', { name: 'Require sign-in' }).click();
    const invite = page.waitForRequest((request) => request.url().endsWith('/invite') && request.method() === 'POST');
    await dialog.getByRole('button', { name: 'Send' }).click();
    expect((await invite).postDataJSON()).toMatchObject({ password: 'Tr1cky-Pass', requireSignIn: false });
    await expect(dialog.getByText('Shared “Portfolio.pdf” with 1 person.')).toBeVisible();
    const stored = (await emulator.item('casey@contoso.test', '/Portfolio.pdf')).permissions;
    expect(stored.map((permission) => permission.invitation?.email)).toEqual(['adele@contoso.test']);
  });
});

test.describe('the file list at every width', () => {
  test('rows stack with no gap between them: at 1280×800 at least 10 whole rows show', async ({ page, emulator: _ }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, 'adele@contoso.test');
    const table = page.getByRole('table', { name: 'Files in My files' });
    await expect(table.getByText('Budget 2026.xlsx')).toBeVisible();
    const { rows, viewport } = await table.evaluate((element) => {
      const scroller = element.querySelector('[role="rowgroup"]')?.parentElement?.getBoundingClientRect();
      const boxes = [...element.querySelectorAll('[role="row"]')]
        .filter((row) => Number(row.getAttribute('aria-rowindex')) > 1)
        .map((row) => ({ index: Number(row.getAttribute('aria-rowindex')), top: row.getBoundingClientRect().top, bottom: row.getBoundingClientRect().bottom }))
        .sort((a, b) => a.index - b.index);
      return { rows: boxes, viewport: scroller ? { top: scroller.top, bottom: scroller.bottom } : undefined };
    });
    expect(rows.length).toBeGreaterThan(10);
    for (let i = 1; i < rows.length; i++) {
      expect(Math.abs(rows[i]!.top - rows[i - 1]!.bottom), `gap above row ${rows[i]!.index}`).toBeLessThanOrEqual(1);
    }
    const whole = rows.filter((row) => viewport && row.top >= viewport.top - 1 && row.bottom <= viewport.bottom + 1 && row.bottom <= 800);
    expect(whole.length, 'rows wholly in view').toBeGreaterThanOrEqual(10);
  });

  for (const width of [360, 320]) {
    test(`at ${width}px each item is one entry with name, date and size, and Share; nothing scrolls sideways`, async ({ page, emulator: _ }) => {
      await page.setViewportSize({ width, height: 740 });
      await signIn(page, 'adele@contoso.test');
      const table = page.getByRole('table', { name: 'Files in My files' });
      const row = table.getByRole('row', { name: /Budget 2026\.xlsx/ });
      await expect(row).toBeVisible();
      const name = await row.getByText('Budget 2026.xlsx').boundingBox();
      const modified = await row.getByText('Nov 8, 2025').boundingBox();
      const size = await row.getByText('63 kB').boundingBox();
      const share = await row.getByRole('button', { name: 'Share Budget 2026.xlsx' }).boundingBox();
      const box = await row.boundingBox();
      expect(name && modified && size && share && box).toBeTruthy();
      if (!name || !modified || !size || !share || !box) return;
      // Name on the first line, date and size side by side on the second, Share beside the name.
      expect(modified.y).toBeGreaterThanOrEqual(name.y + name.height - 1);
      expect(Math.abs(size.y - modified.y)).toBeLessThanOrEqual(1);
      expect(size.x).toBeGreaterThanOrEqual(modified.x + modified.width - 1);
      expect(share.x).toBeGreaterThanOrEqual(name.x + name.width);
      for (const part of [name, modified, size, share]) {
        expect(part.x).toBeGreaterThanOrEqual(box.x);
        expect(part.x + part.width).toBeLessThanOrEqual(box.x + box.width + 1);
        expect(part.y + part.height).toBeLessThanOrEqual(box.y + box.height + 1);
      }
      // The header fits: "Sign out" on one line, the page no wider than the window.
      const signOutLines = await page.getByRole('button', { name: 'Sign out' }).evaluate((button) => {
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        const tops = new Set<number>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
        }
        return tops.size;
      });
      expect(signOutLines, '"Sign out" lines').toBe(1);
      expect(await layoutProblems(page)).toEqual([]);
    });
  }

  test('a name cut short at 320px ends in an ellipsis and shows in full on hover, on focus and to assistive technology', async ({ page, emulator: _ }) => {
    await page.setViewportSize({ width: 320, height: 740 });
    await signIn(page, 'adele@contoso.test');
    const table = page.getByRole('table', { name: 'Files in My files' });
    const row = table.getByRole('row', { name: /Product brief\.docx/ });
    const name = row.getByText('Product brief.docx', { exact: true });
    await expect(name).toBeVisible();
    const { cut, ellipsis, title } = await name.evaluate((element) => ({
      cut: element.scrollWidth > element.clientWidth,
      ellipsis: getComputedStyle(element).textOverflow,
      title: element.getAttribute('title'),
    }));
    expect(cut, 'the name is wider than its room at 320px').toBe(true);
    expect(ellipsis).toBe('ellipsis');
    expect(title).toBe('Product brief.docx');
    await row.focus();
    await expect(page.getByRole('tooltip')).toHaveText('Product brief.docx');
    // Moving on hides it; a name that fits gets none.
    await page.keyboard.press('Home');
    await expect(page.getByRole('tooltip')).toHaveCount(0);
  });
});
