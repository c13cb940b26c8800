import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { MEMBER_ENTRY_STATUS_LABELS, SHEET_STATE_LABELS } from '../../libs/domain/src/index';
import { ACCOUNTS, DEMO_PASSWORD, shot, signInToHome } from './helpers';

/**
 * Each role lands on its home, which says what to do next, at a desktop width and on a phone; and the
 * labels that used to mislead (who acted last on a sheet, version numbers, a settled entry's status and
 * its button, a sheet pane's promise, a member's 所属). Screenshots: home-<role>-<width>.png.
 *
 * Changes the demo's FY2020 sheet 知的財産戦略の推進 (工業振興課): saved, submitted and returned by the
 * secretariat, through the API. The other browser files do not use that sheet.
 */
const WIDTHS = [1440, 1366, 390] as const;
const RETURNED_ENTRY = '知的財産戦略の推進';
const RETURN_COMMENT = '指標の2020年度の値を加えてから、再提出してください。';

async function at(page: Page, width: number) {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
}

/** Nothing scrolls sideways: the page is no wider than the window. */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
  expect(scroll).toBeLessThanOrEqual(inner);
}

/** A GraphQL client signed in as a demo account (its own cookie jar). */
async function apiAs(baseURL: string, loginId: string) {
  const ctx: APIRequestContext = await request.newContext({ baseURL });
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await ctx.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    const body = await res.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  await gql(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { loginId, password: DEMO_PASSWORD } });
  return { gql, close: () => ctx.dispose() };
}

test.beforeAll(async () => {
  // the staff's returned sheet, once for the file: 工業振興課 writes and submits, the secretariat returns it
  const baseURL = test.info().project.use.baseURL!;
  const kogyo = await apiAs(baseURL, ACCOUNTS.staff.loginId);
  const sec = await apiAs(baseURL, ACCOUNTS.secretariat.loginId);
  const { cycles } = await kogyo.gql(`{ cycles { id fiscalYear } }`);
  const fy2020 = cycles.find((c: { fiscalYear: number }) => c.fiscalYear === 2020);
  const { sheets } = await kogyo.gql(`query($f: SheetFilterInput!) { sheets(filter: $f) { id state version project { name } } }`, { f: { cycleId: fy2020.id, mine: true } });
  const sheet = sheets.find((s: { project: { name: string } }) => s.project.name === RETURNED_ENTRY);
  if (sheet.state === 'DRAFT') {
    const content = { items: [{ heading: '知的財産スクールの開催', text: '中小企業の経営者等を対象に開催', bullets: [], table: null }], indicators: [], assessment: null, notes: null };
    let v = (await kogyo.gql(`mutation($input: SaveSheetInput!) { saveSheet(input: $input) { version } }`, { input: { id: sheet.id, version: sheet.version, content } })).saveSheet.version;
    v = (await kogyo.gql(`mutation($input: SheetTransitionInput!) { submitSheet(input: $input) { version } }`, { input: { id: sheet.id, version: v } })).submitSheet.version;
    await sec.gql(`mutation($input: SheetTransitionInput!) { returnSheet(input: $input) { version } }`, { input: { id: sheet.id, version: v, comment: RETURN_COMMENT } });
  }
  await kogyo.close();
  await sec.close();
});

test.describe('each role’s home', () => {
  for (const width of WIDTHS) {
    test(`staff (工業振興課) at ${width} px: the FY2020 sheets with the deadline, the returned one with its comment`, async ({ page }) => {
      await at(page, width);
      await signInToHome(page, ACCOUNTS.staff.loginId);
      const home = page.getByTestId('home-staff');
      await expect(home.getByRole('heading', { name: '工業振興課の施策検証シート' })).toBeVisible();
      const year = home.getByRole('region', { name: '令和2年度（2020年度）' });
      await expect(year.getByTestId('home-sheet')).toHaveCount(4);
      await expect(year.getByTestId('home-deadline')).toContainText('シートの提出期限: 令和3年1月29日（金）');
      await expect(year.getByTestId('days-left')).toHaveText(/^\d+日超過$/);
      // FY2019 (in Check) is not a to-do any more
      await expect(home.getByRole('region', { name: '令和元年度（2019年度）' })).toHaveCount(0);
      const returned = year.getByTestId('home-sheet').filter({ hasText: RETURNED_ENTRY });
      await expect(returned).toHaveAttribute('data-state', 'RETURNED');
      await expect(returned.getByTestId('sheet-state')).toHaveText(SHEET_STATE_LABELS.RETURNED.ja);
      await expect(returned).toContainText('修正して再提出してください');
      await expect(returned.getByTestId('home-last-activity')).toContainText('差し戻し・産業政策課 事務局');
      await expect(returned.getByTestId('home-return-comment')).toContainText(RETURN_COMMENT);
      await expect(returned.getByRole('link', { name: '修正する' })).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot(page, `home-staff-${width}`);

      // the sheet it links to names who acted last (the secretariat, not the department that saved it),
      // and numbers the saved versions as the reader sees them (1, 2), though the row versions skip
      await returned.getByRole('link', { name: RETURNED_ENTRY }).click();
      await expect(page.getByTestId('sheet-title')).toHaveText(RETURNED_ENTRY);
      await expect(page.getByTestId('sheet-last-change')).toContainText('（差し戻し・産業政策課 事務局）');
      await page.getByRole('tab', { name: '履歴' }).click();
      await expect(page.getByTestId('revision-row').locator('td:first-child')).toHaveText(['第2版（現在）', '第1版']);
    });

    test(`member (遠山) at ${width} px: FY2019's entries with opinions due, late on 医工連携, settled ones without 意見を書く`, async ({ page }) => {
      await at(page, width);
      await signInToHome(page, ACCOUNTS.member.loginId);
      const home = page.getByTestId('home-member');
      const year = home.getByRole('region', { name: '令和元年度（2019年度）' });
      await expect(year.getByTestId('home-deadline')).toContainText('検証意見の提出期限: 令和2年2月14日（金）');
      await expect(year.getByTestId('days-left')).toHaveText(/^\d+日超過$/);
      // FY2020 is in Do: nothing due there
      await expect(home.getByRole('region', { name: '令和2年度（2020年度）' })).toHaveCount(0);
      const late = year.getByTestId('home-entry').filter({ hasText: '医工連携等推進事業' });
      await expect(late.getByTestId('late-marker')).toBeVisible();
      await expect(late.getByTestId('home-entry-action')).toHaveText('意見を書く');
      // late entries first
      await expect(year.getByTestId('home-entry').first()).toContainText('医工連携等推進事業');
      const settled = year.locator('[data-testid="home-entry"][data-status="SETTLED"]');
      await expect(settled.first()).toBeVisible();
      const n = await settled.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        await expect(settled.nth(i).getByTestId('home-entry-status')).toHaveText(MEMBER_ENTRY_STATUS_LABELS.SETTLED.ja);
        await expect(settled.nth(i).getByTestId('home-entry-action')).toHaveText('開く');
      }
      await expectNoSidewaysScroll(page);
      await shot(page, `home-member-${width}`);
    });

    test(`secretariat at ${width} px: sheets to review, opinions to consolidate, late members by name`, async ({ page }) => {
      await at(page, width);
      await signInToHome(page, ACCOUNTS.secretariat.loginId);
      const home = page.getByTestId('home-secretariat');
      const fy2020 = home.getByRole('region', { name: '令和2年度（2020年度）' });
      await expect(fy2020.getByTestId('home-deadline')).toContainText('シートの提出期限: 令和3年1月29日（金）');
      await expect(fy2020.getByTestId('home-sheets-submitted')).toContainText('受理 0件／全14件');
      await expect(fy2020.getByTestId('home-sheets-submitted')).toContainText('差し戻し中のシート 1件');
      const fy2019 = home.getByRole('region', { name: '令和元年度（2019年度）' });
      await expect(fy2019.getByTestId('home-deadline')).toContainText('検証意見の提出期限: 令和2年2月14日（金）');
      const late = fy2019.getByTestId('home-late-member');
      await expect(late.filter({ hasText: '遠山 浩' })).toContainText('医工連携等推進事業');
      await expect(late.filter({ hasText: '岩井 新一' })).toContainText('医工連携等推進事業');
      await expect(fy2019.getByTestId('home-late-members').getByRole('link', { name: 'とりまとめへ' })).toHaveAttribute('href', '/consolidation?year=2019');
      await expect(fy2020.getByRole('link', { name: 'シート審査へ' })).toHaveAttribute('href', '/sheets/review?year=2020');
      await expectNoSidewaysScroll(page);
      await shot(page, `home-secretariat-${width}`);
      // the cycle's overview stays one click away
      await fy2019.getByRole('link', { name: '年度の概要へ' }).click();
      await expect(page.getByTestId('cycle-title')).toHaveText('令和元年度（2019年度）');
      // the demo's recorded history names who moved the year: the secretariat, not 「—」
      const history = page.getByRole('region', { name: '移行の履歴' }).getByRole('row');
      await expect(history).toHaveCount(3); // header + START_DO + START_CHECK
      for (const row of await history.all().then((rows) => rows.slice(1))) await expect(row.getByRole('cell').nth(3)).toHaveText('産業政策課 事務局');
    });

    test(`administrator at ${width} px: the accounts, and the users list shows a member's affiliation under 所属`, async ({ page }) => {
      await at(page, width);
      await signInToHome(page, ACCOUNTS.admin.loginId);
      const home = page.getByTestId('home-admin');
      await expect(home.getByTestId('home-accounts-active').getByTestId('home-count')).toHaveText(/^\d+件$/);
      await expect(home.getByTestId('home-accounts-locked')).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot(page, `home-admin-${width}`);
      await home.getByRole('link', { name: 'ユーザー管理へ' }).click();
      const row = page.getByRole('row').filter({ hasText: 'toyama' });
      await expect(row.getByTestId('user-scope')).toHaveText('専修大学経済学部');
      await expect(page.getByRole('row').filter({ hasText: 'kogyo' }).getByTestId('user-scope')).toHaveText('工業振興課');
    });
  }
});

test('the home in English: the same items, English labels, the date in the English format', async ({ page }) => {
  await signInToHome(page, ACCOUNTS.staff.loginId);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const home = page.getByTestId('home-staff');
  await expect(home.getByRole('heading', { name: 'Verification sheets of 工業振興課' })).toBeVisible();
  const year = home.getByRole('region', { name: 'FY2020 (Reiwa 2)' });
  await expect(year.getByTestId('home-deadline')).toContainText('Sheets due: Fri, 29 Jan 2021 (Reiwa 3)');
  await expect(year.getByTestId('days-left')).toHaveText(/^\d+ days overdue$/);
  await expect(year.getByTestId('home-sheet').filter({ hasText: RETURNED_ENTRY })).toContainText('The secretariat returned it.');
  await shot(page, 'home-staff-1440-en');
  await page.getByRole('button', { name: '日本語' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ホーム' })).toBeVisible();
});

test.describe('labels the member’s screens share with the home', () => {
  test('the list of assigned entries says とりまとめ済み and 開く for every settled entry, and an unsubmitted sheet’s pane says why', async ({ page }) => {
    await signInToHome(page, ACCOUNTS.member.loginId);
    await page.goto('/opinions?year=2019');
    const rows = page.getByTestId('my-entry-row');
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    let settled = 0;
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      if ((await row.getByTestId('my-entry-status').textContent())?.includes(MEMBER_ENTRY_STATUS_LABELS.SETTLED.ja)) {
        settled++;
        await expect(row.getByRole('link', { name: '意見を書く' })).toHaveCount(0);
        await expect(row.getByRole('link', { name: '開く' })).toBeVisible();
      }
    }
    expect(settled).toBeGreaterThan(0);
    const open = rows.filter({ hasText: '医工連携等推進事業' });
    await expect(open.getByRole('link', { name: '意見を書く' })).toBeVisible();
    await open.getByRole('link', { name: '意見を書く' }).click();
    await expect(page.getByTestId('sheet-unavailable')).toHaveText('この事業の施策検証シートは提出されないまま、年度が次の段階に進みました。閲覧できるシートはありません。');
  });
});
