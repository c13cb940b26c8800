import { expect, test } from '@playwright/test';
import { CYCLE_PHASE_LABELS, CYCLE_PHASES } from '../../libs/domain/src/index';
import { ACCOUNTS, shot, signInToOverview } from './helpers';

test('switching to English shows English labels, dates and server messages, and is remembered', async ({ page }) => {
  await signInToOverview(page, ACCOUNTS.secretariat.loginId);
  await page.getByRole('button', { name: 'English' }).click();

  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('cycle-title')).toHaveText('FY2020 (Reiwa 2)');
  await expect(page.getByRole('heading', { name: 'Verification cycle' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Phase' })).toBeVisible();
  for (const phase of CYCLE_PHASES) await expect(page.getByText(CYCLE_PHASE_LABELS[phase].en, { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Art. 12')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Secretariat');
  await expect(page.getByTestId('entries-table').getByRole('columnheader')).toHaveText(['Project', 'Department', 'Page', 'Group', 'Verifying members']);
  await expect(page.getByTestId('cycle-counts')).toHaveText('15 projects (14 entries) · 2 groups');
  await shot(page, '40-overview-en');

  // remembered across a reload
  await page.reload();
  await expect(page.getByTestId('cycle-title')).toHaveText('FY2020 (Reiwa 2)');

  // the server answers in English too (Accept-Language)
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Departments', exact: true }).click();
  await page.getByRole('button', { name: 'Add a department' }).click();
  const dialog = page.getByRole('dialog', { name: 'New department' });
  await dialog.getByLabel('Name').fill('工業振興課');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Department already exists.')).toBeVisible();
  await shot(page, '41-server-message-en');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // dates in the English format
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByTestId('members-table')).toContainText('Academic');
  await shot(page, '42-members-en');

  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { name: '委員名簿' })).toBeVisible();
});
