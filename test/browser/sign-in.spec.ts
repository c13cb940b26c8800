import { expect, test } from '@playwright/test';
import { CYCLE_PHASE_LABELS } from '../../libs/domain/src/index';
import { ACCOUNTS, CYCLE_TITLES, choose, shot, signIn, signInToOverview } from './helpers';

test.describe('sign-in', () => {
  test('a wrong password shows the server’s Japanese message and keeps the login ID', async ({ page }) => {
    await signIn(page, 'jimukyoku', 'not-the-password');
    await expect(page.getByRole('alert')).toHaveText('ログインIDまたはパスワードが正しくありません。');
    await expect(page.getByLabel('ログインID')).toHaveValue('jimukyoku');
    await expect(page.getByLabel('パスワード')).toHaveValue('');
    await expect(page).toHaveURL(/\/sign-in$/);
    await shot(page, '01-sign-in-wrong-password');
  });

  test('empty fields are refused before asking the server', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await expect(page.getByText('入力してください。').first()).toBeVisible();
  });

  for (const [key, account] of Object.entries(ACCOUNTS)) {
    test(`${key} (${account.loginId}) signs in to the newest cycle and sees the FY2019 overview`, async ({ page }) => {
      await signInToOverview(page, account.loginId);
      // the year picker offers both demo years, newest first
      const picker = page.getByRole('combobox', { name: '年度' });
      await picker.click();
      await expect(page.getByRole('option').nth(0)).toHaveText(CYCLE_TITLES[2020]);
      await expect(page.getByRole('option').nth(1)).toHaveText(CYCLE_TITLES[2019]);
      await page.keyboard.press('Escape');
      await choose(page, picker, CYCLE_TITLES[2019]);
      await expect(page.getByTestId('cycle-title')).toHaveText(CYCLE_TITLES[2019]);
      await expect(page).toHaveURL(/year=2019/);
      await expect(page.getByRole('banner')).toContainText(account.role);
      await expect(page.getByRole('button', { name: 'ユーザーメニュー' })).toContainText(account.displayName);
      // 15 projects of the summary table, one of them verified together with its lead
      await expect(page.getByTestId('entry-row')).toHaveCount(15);
      await expect(page.getByTestId('cycle-counts')).toHaveText('事業 15件（検証単位 14件）・2班');
      const row = page.getByTestId('entry-row').filter({ hasText: '起業化総合支援事業' });
      await expect(row).toContainText('p.17');
      await expect(row).toContainText('イノベーション推進室');
      await expect(row).toContainText('第1班');
      await expect(page.getByTestId('entry-row').filter({ hasText: '商業振興関連事業（まちづくり連動事業）' })).toContainText('一体的に検証');
      await expect(page.getByText('第12条')).toBeVisible();
      await expect(page.getByText(CYCLE_PHASE_LABELS.CHECK.ja).first()).toBeVisible();
      await shot(page, `02-overview-${key}`);
    });
  }

  test('each role sees only the screens it may use', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.member.loginId);
    const nav = page.getByRole('navigation', { name: 'メニュー' });
    await expect(nav.getByRole('link')).toHaveText(['ホーム', '検証サイクル', '施策検証シート', '担当事業の検証意見', '対応']);
    // the phase actions are the secretariat's: a member gets none
    await expect(page.getByRole('region', { name: '段階の移行' })).toHaveCount(0);
    await page.goto('/admin/users');
    await expect(page.getByText('この操作を行う権限がありません。')).toBeVisible();
  });

  test('sign-out, and a lost session sends the user back to sign-in', async ({ page, context }) => {
    await signInToOverview(page, ACCOUNTS.staff.loginId);
    await page.getByRole('button', { name: 'ユーザーメニュー' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);

    // The session ends on the server (here: the cookie is gone); the next request answers UNAUTHENTICATED.
    // (after a sign-out the next sign-in goes back to where the last user was: wait for it, then open the overview)
    await signIn(page, ACCOUNTS.secretariat.loginId);
    await expect(page.getByRole('button', { name: /ユーザーメニュー/ })).toContainText(ACCOUNTS.secretariat.displayName);
    await page.goto('/overview');
    await expect(page.getByRole('heading', { level: 1, name: '検証サイクル' })).toBeVisible();
    await context.clearCookies();
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '検証対象事業' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByText('セッションの有効期限が切れたか、ログアウトされました。')).toBeVisible();
    await signIn(page, ACCOUNTS.secretariat.loginId);
    // back where the user was going
    await expect(page).toHaveURL(/\/setup\/entries/);
  });
});
