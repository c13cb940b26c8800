import { expect, test } from '@playwright/test';
import { ACCOUNTS, choose, shot, signInToOverview } from './helpers';

test.describe('the audit trail (変更履歴)', () => {
  test('the secretariat sees who changed what, filters it, and opens one record’s history', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    // a change to find: a department renamed
    await page.goto('/departments');
    await page.getByRole('button', { name: '所管課を追加' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: '課の名称' }).fill('監査確認課');
    await dialog.getByRole('textbox', { name: '局', exact: true }).fill('経済労働局');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '変更履歴' }).click();
    await expect(page.getByRole('heading', { name: '変更履歴（監査ログ）' })).toBeVisible();
    await choose(page, page.getByRole('combobox', { name: '記録の種類' }), '所管課');
    const row = page.getByTestId('audit-row').filter({ hasText: '監査確認課' }).first();
    await expect(row.getByTestId('audit-action')).toHaveText('作成');
    await expect(row).toContainText(ACCOUNTS.secretariat.displayName);
    await expect(row.getByTestId('audit-change').filter({ hasText: 'bureau' })).toContainText('経済労働局');
    await shot(page, 'audit-10-departments');

    // one record's history, kept in the address
    await row.getByRole('button', { name: '監査確認課' }).click();
    await expect(page).toHaveURL(/entityId=/);
    await expect(page.getByTestId('audit-row')).toHaveCount(1);
    await page.getByRole('button', { name: '条件をクリア' }).click();
    await expect(page).not.toHaveURL(/entityId=/);
    await expect.poll(() => page.getByTestId('audit-row').count()).toBeGreaterThan(1);
  });

  test('on a phone the table scrolls in its own box, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInToOverview(page, ACCOUNTS.admin.loginId);
    await page.goto('/audit');
    await expect(page.getByTestId('audit-row').first()).toBeVisible();
    await shot(page, 'audit-20-phone');
    const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
