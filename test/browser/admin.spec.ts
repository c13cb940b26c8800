import { expect, test } from '@playwright/test';
import { ACCOUNTS, CYCLE_TITLES, choose, shot, signIn, signInToOverview } from './helpers';

test.describe('administrator', () => {
  test('creates a department staff user who can then sign in', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.admin.loginId);
    const nav = page.getByRole('navigation', { name: 'メニュー' });
    await expect(nav.getByRole('link')).toHaveText(['ホーム', '検証サイクル', 'ユーザー', '所管課', '変更履歴']);
    await nav.getByRole('link', { name: 'ユーザー' }).click();
    await expect(page.getByTestId('users-table').getByRole('row')).toHaveCount(8);
    await shot(page, '30-users');

    await page.getByRole('button', { name: 'ユーザーを追加' }).click();
    const dialog = page.getByRole('dialog', { name: 'ユーザーの追加' });
    await dialog.getByLabel('ログインID').fill('nogyo');
    await dialog.getByLabel('表示名').fill('農業振興課 担当');
    await dialog.getByLabel('初期パスワード').fill('short');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('10文字以上で入力してください。').first()).toBeVisible();
    await dialog.getByLabel('初期パスワード').fill('nogyo-initial-2019');
    await expect(dialog.getByRole('combobox', { name: '役割' })).toHaveText('所管課職員');
    await choose(page, dialog.getByRole('combobox', { name: '所管課' }), /農業振興課/);
    await shot(page, '31-user-dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: 'nogyo' });
    await expect(row).toContainText('農業振興課 担当');
    await expect(row).toContainText('所管課職員');
    await expect(row).toContainText('農業振興課');
    await expect(row).toContainText('有効');

    // a login ID already in use is refused on the field
    await page.getByRole('button', { name: 'ユーザーを追加' }).click();
    await dialog.getByLabel('ログインID').fill('nogyo');
    await dialog.getByLabel('表示名').fill('重複');
    await dialog.getByLabel('初期パスワード').fill('another-password-1');
    await choose(page, dialog.getByRole('combobox', { name: '所管課' }), /農業振興課/);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('ログインIDはすでに登録されています。')).toBeVisible();
    await dialog.getByRole('button', { name: 'キャンセル' }).click();

    // the new account works
    await page.getByRole('button', { name: 'ユーザーメニュー' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await signIn(page, 'nogyo', 'nogyo-initial-2019');
    // the new account lands on its home: its department's sheet of the newest year
    await expect(page.getByRole('heading', { name: '農業振興課の施策検証シート' })).toBeVisible();
    await expect(page.getByRole('region', { name: CYCLE_TITLES[2020] }).getByTestId('home-sheet')).toHaveText([/農業振興関連事業/]);
    await expect(page.getByRole('button', { name: 'ユーザーメニュー' })).toContainText('農業振興課 担当');
  });

  test('deactivates and reactivates an account', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.admin.loginId);
    await page.goto('/admin/users');
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: 'shogyo' });
    await row.getByRole('button', { name: '利用を停止' }).click();
    await page.getByRole('dialog', { name: '利用の停止' }).getByRole('button', { name: '利用を停止' }).click();
    await expect(row).toContainText('停止中');
    await row.getByRole('button', { name: '利用を再開' }).click();
    await page.getByRole('dialog', { name: '利用の再開' }).getByRole('button', { name: '利用を再開' }).click();
    await expect(row).toContainText('有効');
    // the administrator's own row offers no deactivation
    await expect(page.getByTestId('users-table').getByRole('row').filter({ hasText: 'あなた' }).getByRole('button', { name: '利用を停止' })).toHaveCount(0);
  });
});
