import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** The demo accounts (apps/api/src/demo/demo-setup.ts). */
export const DEMO_PASSWORD = 'kensho-demo-2019';
export const ACCOUNTS = {
  admin: { loginId: 'admin', displayName: 'システム管理者', role: 'システム管理者' },
  secretariat: { loginId: 'jimukyoku', displayName: '産業政策課 事務局', role: '事務局' },
  staff: { loginId: 'kogyo', displayName: '工業振興課 担当', role: '所管課職員' },
  member: { loginId: 'toyama', displayName: '遠山 浩', role: '委員' },
} as const;

/**
 * The demo's cycles: FY2019 in Check (the seed's year, with its sheets and confirmed council opinions)
 * and FY2020 in Do, the newest, which every screen opens by default.
 */
export const CYCLE_TITLES = { 2019: '令和元年度（2019年度）', 2020: '令和2年度（2020年度）' } as const;

const SHOTS = resolve(__dirname, '../../test-results/screenshots');
mkdirSync(SHOTS, { recursive: true });

/** A full-page screenshot to look at after the run (test-results/screenshots/<name>.png). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export async function signIn(page: Page, loginId: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('ログインID').fill(loginId);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
}

/** Signs in and waits for the home, every role's landing page. */
export async function signInToHome(page: Page, loginId: string): Promise<void> {
  await signIn(page, loginId);
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
  await expect(page.getByTestId('home-today')).toBeVisible();
}

/** Signs in, lands on the home, and opens the overview from the menu: the newest cycle (FY2020). */
export async function signInToOverview(page: Page, loginId: string): Promise<void> {
  await signInToHome(page, loginId);
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '検証サイクル' }).click();
  await expect(page).toHaveURL(/\/overview/);
  await expect(page.getByTestId('cycle-title')).toHaveText(CYCLE_TITLES[2020]);
}

/**
 * Chooses an option of a MUI select and waits for its menu to close. On a busy machine a click made
 * while the menu is still opening can be lost, leaving the menu open (and the page behind it hidden
 * from the accessibility tree), so the choice is retried until the menu has closed.
 */
export async function choose(page: Page, combobox: Locator, option: string | RegExp): Promise<void> {
  const listbox = page.getByRole('listbox');
  await expect(async () => {
    if (!(await listbox.isVisible())) await combobox.click({ timeout: 5_000 });
    await listbox.getByRole('option', { name: option, exact: typeof option === 'string' }).click({ timeout: 5_000 });
    await expect(listbox).toBeHidden({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(combobox).toContainText(option);
}
