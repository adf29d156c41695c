import { DEMO_PASSWORD, expect, expectNoAxeViolations, signIn, test } from './fixtures';

test('signs in on the identity provider’s own page and shows who is signed in', async ({ page, emulator: _ }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/localhost:4100\/interaction\//);
  await expectNoAxeViolations(page);
  await page.getByLabel('Email').fill('adele@contoso.test');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL('http://localhost:4173/');
  await expect(page.getByText('Adele Vance')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a wrong password is refused with a reason and the email kept', async ({ page, emulator: _ }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Email').fill('adele@contoso.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('That email or password is incorrect.');
  await expect(page.getByLabel('Email')).toHaveValue('adele@contoso.test');
});

test('sign out ends the session at the provider', async ({ page, emulator: _ }) => {
  await signIn(page, 'megan@contoso.test');
  await expect(page.getByText('Megan Bowen')).toBeVisible();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('http://localhost:4173/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Megan Bowen')).toHaveCount(0);

  // Had only the app forgotten the user, the provider would sign them straight back in.
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveValue('');
});
