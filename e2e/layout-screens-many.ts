import type { Page } from '@playwright/test';
import { expect, signIn } from './fixtures';
import type { ScreenGroup } from './layout-screens';

const manyDialog = (page: Page) => page.getByRole('dialog', { name: 'Share 3 items' });
const box = (page: Page, name: string) => page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
// By attributes the app sets, which say the same in every language (renew runs in any variant).
const busyForm = (page: Page) => page.locator('form#share-many-form[aria-busy="true"]');

async function addRecipient(page: Page, email: string) {
  const field = manyDialog(page).getByRole('combobox', { name: 'Recipients' });
  await field.fill(email);
  await field.press('Enter');
}

async function openDialog(page: Page) {
  await page.getByRole('button', { name: 'Share 3 items' }).click();
  await expect(manyDialog(page).getByText('Checking the items…')).toBeHidden({ timeout: 30_000 });
}

/**
 * Sharing a selection: the file list with three items picked across My files and Shared with me,
 * the dialog naming the one Adele can only view and locking sign-in for the folder, its outcome
 * with one item failed, Manage access of one item from there, and a send the emulator never
 * answers, so the progress stays on screen (the last screen: only the write's time-out ends it).
 */
export const manyScreens: ScreenGroup = {
  name: 'many',
  screens: [
    {
      name: 'many-selection',
      show: async (page) => {
        await signIn(page, 'adele@contoso.test');
        await box(page, 'Budget 2026.xlsx').click();
        await box(page, 'Reports').click();
        await page.getByRole('tab', { name: 'Shared with me' }).click();
        await box(page, 'Campaigns').click();
        await expect(page.getByRole('button', { name: 'Share 3 items' })).toBeVisible();
      },
    },
    {
      name: 'many-dialog',
      show: async (page) => {
        await openDialog(page);
        await addRecipient(page, 'alex@contoso.test');
        await expect(manyDialog(page).getByText('1 item will not be shared')).toBeVisible();
        await expect(manyDialog(page).getByRole('switch', { name: 'Require sign-in' })).toBeDisabled();
      },
    },
    {
      name: 'many-outcome-with-failure',
      show: async (page, emulator) => {
        const budget = await emulator.item('adele@contoso.test', '/Budget 2026.xlsx');
        await emulator.fault({ path: `/items/${budget.item.id}/invite$`, status: 500, code: 'generalException', message: 'Something went wrong', times: 1 });
        await manyDialog(page).getByRole('button', { name: 'Send' }).click();
        await expect(manyDialog(page).getByText(/Shared 1 of 2 items\./)).toBeVisible({ timeout: 30_000 });
      },
    },
    {
      name: 'many-manage-access',
      show: async (page) => {
        await manyDialog(page).getByRole('button', { name: 'Manage access to “Reports”' }).click();
        await expect(manyDialog(page).getByRole('combobox', { name: 'Permission for Alex Wilber' })).toBeVisible();
      },
    },
    {
      name: 'many-sending',
      show: async (page, emulator) => {
        // Back to the outcome, closed, and opened again for a new send.
        await page.keyboard.press('Escape');
        await expect(manyDialog(page).getByText(/Shared 1 of 2 items\./)).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(manyDialog(page)).toBeHidden();
        await openDialog(page);
        await addRecipient(page, 'megan@contoso.test');
        await emulator.fault({ method: 'POST', path: '/\\$batch$', hang: true });
        await manyDialog(page).getByRole('button', { name: 'Send' }).click();
        await expect(manyDialog(page).getByText('Shared 0 of 2 items')).toBeVisible();
      },
      // After the time-out the outcome offers Retry failed (the first of its actions): into a new hang.
      renew: async (page, emulator) => {
        if (await busyForm(page).isVisible()) return;
        await emulator.fault({ method: 'POST', path: '/\\$batch$', hang: true });
        await page.getByRole('dialog').locator('.fui-DialogActions button').first().click();
        await expect(busyForm(page)).toBeVisible();
      },
      still: (page) => busyForm(page).isVisible(),
    },
  ],
};
