import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ACCOUNTS, shot, signIn, signInToHome, signInToOverview } from './helpers';

/**
 * Every main screen, as the role that uses it, on a desktop (1440 px) and a phone (390 px): the page
 * never scrolls sideways (a wide table scrolls inside its own box), the browser tab names the page, and
 * axe-core finds no serious or critical accessibility violation. Then the app shell on a phone and a
 * tablet (the menu as a drawer, the user menu and the language switch within reach) and the keyboard focus.
 * Only reads: it runs on the demo data as it is seeded.
 */
const WIDTHS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface Screen {
  /** The screenshot's name: test-results/screenshots/70-<name>-<width>.png */
  name: string;
  /** Opens the screen (a URL, or a click through a list); returns what shows it is ready. */
  open: (page: Page) => Promise<Locator>;
  /** The browser tab's title. */
  title: string;
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { name, level: 1, exact: true });
const at = (path: string, heading: string) => async (page: Page) => {
  await page.goto(path);
  return h1(page, heading);
};
/** A row's link in a list, then the page it leads to. */
const through = (path: string, link: string, heading: string, prepare?: (page: Page) => Promise<void>) => async (page: Page) => {
  await page.goto(path);
  await prepare?.(page);
  await page.getByRole('main').getByRole('link', { name: link, exact: true }).first().click();
  return h1(page, heading);
};
const allStates = async (page: Page) => {
  await page.getByRole('button', { name: 'すべて', exact: true }).click();
};

// FY2019 (Check): 起業化総合支援事業 has an accepted sheet and confirmed council opinions; 医工連携等推進事業
// is open for the members' opinions. FY2020 (Do): 内陸部操業環境保全対策事業 is 工業振興課's draft.
const ACCEPTED = '起業化総合支援事業';
const OPEN = '医工連携等推進事業';
const DRAFT = '内陸部操業環境保全対策事業';

const SCREENS: Record<'admin' | 'secretariat' | 'staff' | 'member', Screen[]> = {
  admin: [
    { name: 'home-admin', open: at('/', 'ホーム'), title: 'ホーム | 検証 Kensho' },
    { name: 'users', open: at('/admin/users', 'ユーザー'), title: 'ユーザー | 検証 Kensho' },
    { name: 'audit', open: at('/audit', '変更履歴（監査ログ）'), title: '変更履歴（監査ログ） | 検証 Kensho' },
    { name: 'departments', open: at('/departments', '所管課'), title: '所管課 | 検証 Kensho' },
  ],
  secretariat: [
    { name: 'home-secretariat', open: at('/', 'ホーム'), title: 'ホーム | 検証 Kensho' },
    { name: 'overview', open: at('/overview', '検証サイクル'), title: '検証サイクル | 検証 Kensho' },
    { name: 'setup-entries', open: at('/setup/entries', '検証対象事業'), title: '検証対象事業 | 検証 Kensho' },
    { name: 'setup-groups', open: at('/setup/groups', '班と委員'), title: '班と委員 | 検証 Kensho' },
    { name: 'setup-members', open: at('/setup/members', '委員名簿'), title: '委員名簿 | 検証 Kensho' },
    { name: 'setup-ordinance', open: at('/setup/ordinance', '条例と条'), title: '条例と条 | 検証 Kensho' },
    { name: 'sheet-review', open: at('/sheets/review?year=2019', 'シート審査'), title: 'シート審査 | 検証 Kensho' },
    {
      name: 'sheet-secretariat',
      open: through('/sheets/review?year=2019', ACCEPTED, ACCEPTED, allStates),
      title: `${ACCEPTED} | 施策検証シート | 検証 Kensho`,
    },
    { name: 'consolidation', open: at('/consolidation?year=2019', '検証意見のとりまとめ'), title: '検証意見のとりまとめ | 検証 Kensho' },
    {
      name: 'consolidation-entry',
      open: through('/consolidation?year=2019', ACCEPTED, ACCEPTED),
      title: `${ACCEPTED} | 検証意見のとりまとめ | 検証 Kensho`,
    },
  ],
  staff: [
    { name: 'home-staff', open: at('/', 'ホーム'), title: 'ホーム | 検証 Kensho' },
    { name: 'sheets-staff', open: at('/sheets', '施策検証シート'), title: '施策検証シート | 検証 Kensho' },
    { name: 'sheet-editor', open: through('/sheets', DRAFT, DRAFT), title: `${DRAFT} | 施策検証シート | 検証 Kensho` },
  ],
  member: [
    { name: 'home-member', open: at('/', 'ホーム'), title: 'ホーム | 検証 Kensho' },
    { name: 'sheets-member', open: at('/sheets?year=2019', '施策検証シート'), title: '施策検証シート | 検証 Kensho' },
    { name: 'sheet-member', open: through('/sheets?year=2019', ACCEPTED, ACCEPTED), title: `${ACCEPTED} | 施策検証シート | 検証 Kensho` },
    { name: 'my-entries', open: at('/opinions?year=2019', '担当事業の検証意見'), title: '担当事業の検証意見 | 検証 Kensho' },
    // the sheet beside the member's opinions (and, here, the council's confirmed ones)
    {
      name: 'opinion-with-sheet',
      open: through('/opinions?year=2019', ACCEPTED, ACCEPTED),
      title: `${ACCEPTED} | 担当事業の検証意見 | 検証 Kensho`,
    },
    // the opinion editor
    { name: 'opinion-editor', open: through('/opinions?year=2019', OPEN, OPEN), title: `${OPEN} | 担当事業の検証意見 | 検証 Kensho` },
  ],
};

/** How far the page scrolls sideways (0 when it fits the window). */
const sidewaysScroll = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

/** axe-core's serious and critical violations of WCAG 2.1 A/AA, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Each screen at each width: ready, titled, no sideways scroll, no serious violation, a screenshot. */
async function checkScreens(page: Page, screens: Screen[]): Promise<void> {
  for (const size of WIDTHS) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const screen of screens) {
      await test.step(`${screen.name} at ${size.width} px`, async () => {
        const ready = await screen.open(page);
        await expect(ready).toBeVisible();
        // everything the screen asks for has come (the axe check and the screenshot see the whole screen)
        await page.waitForLoadState('networkidle');
        await expect(page).toHaveTitle(screen.title);
        expect.soft(await sidewaysScroll(page), `${screen.name} scrolls sideways at ${size.width} px`).toBeLessThanOrEqual(0);
        expect.soft(await seriousViolations(page), `${screen.name} at ${size.width} px`).toEqual([]);
        await shot(page, `70-${screen.name}-${size.width}`);
      });
    }
  }
}

test.describe('every main screen on a desktop and a phone', () => {
  test.describe.configure({ timeout: 240_000 });

  test('sign-in', async ({ page }) => {
    await checkScreens(page, [{ name: 'sign-in', open: at('/sign-in', 'ログイン'), title: 'ログイン | 検証 Kensho' }]);
  });

  for (const role of ['admin', 'secretariat', 'staff', 'member'] as const) {
    test(`as ${ACCOUNTS[role].role}`, async ({ page }) => {
      await signIn(page, ACCOUNTS[role].loginId);
      await expect(page.getByRole('banner')).toContainText(ACCOUNTS[role].role);
      await checkScreens(page, SCREENS[role]);
    });
  }
});

test.describe('the app shell on a phone and a tablet', () => {
  const nav = (page: Page) => page.getByRole('navigation', { name: 'メニュー' });
  const menuButton = (page: Page) => page.getByRole('button', { name: 'メニューを開く' });

  test('on a phone the menu is a drawer, opened and used from the keyboard, closed by a choice or Escape', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // the menu is a closed drawer here: sign in to the home, then open the overview by its address
    await signInToHome(page, ACCOUNTS.member.loginId);
    await page.goto('/overview');
    await expect(nav(page)).toBeHidden();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');

    // open from the keyboard, choose a screen with the keyboard: the drawer closes, the screen opens
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(nav(page)).toBeVisible();
    await expect(nav(page).getByRole('link', { name: '検証サイクル' })).toHaveAttribute('aria-current', 'page');
    await expect(nav(page)).toBeInViewport({ ratio: 1 }); // slid in
    await shot(page, '71-phone-drawer');
    const entries = nav(page).getByRole('link', { name: '担当事業の検証意見' });
    for (let i = 0; i < 10 && !(await entries.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(entries).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(h1(page, '担当事業の検証意見')).toBeVisible();
    await expect(nav(page)).toBeHidden();
    await expect(page).toHaveTitle('担当事業の検証意見 | 検証 Kensho');

    // Escape closes it too, and the focus goes back to the menu button
    await menuButton(page).click();
    await expect(nav(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false');

    // the user menu and the language switch are on the screen and work
    const banner = page.getByRole('banner');
    for (const control of [banner.getByRole('button', { name: 'ユーザーメニュー' }), banner.getByRole('button', { name: 'English' })]) {
      await expect(control).toBeInViewport({ ratio: 1 });
    }
    await banner.getByRole('button', { name: 'ユーザーメニュー' }).click();
    await expect(page.getByRole('menuitem', { name: 'ログアウト' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('menu')).toContainText(ACCOUNTS.member.displayName);
    await page.keyboard.press('Escape');
    await banner.getByRole('button', { name: 'English' }).click();
    await expect(h1(page, 'My entries')).toBeVisible();
    // the title follows the language
    await expect(page).toHaveTitle('My entries | 検証 Kensho');
    await expect(page.getByRole('button', { name: 'Open the menu' })).toBeVisible();
    await banner.getByRole('button', { name: '日本語' }).click();
    await expect(page).toHaveTitle('担当事業の検証意見 | 検証 Kensho');
  });

  test('a tablet held upright has the drawer, held sideways the menu beside the screen', async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await signInToHome(page, ACCOUNTS.secretariat.loginId);
    await page.goto('/overview');
    await expect(nav(page)).toBeHidden();
    await expect(menuButton(page)).toBeVisible();
    await expect(page.getByRole('banner').getByRole('button', { name: 'ユーザーメニュー' })).toContainText(ACCOUNTS.secretariat.displayName);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await shot(page, '72-tablet-768');

    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(nav(page)).toBeVisible();
    await expect(menuButton(page)).toHaveCount(0);
    expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
    await shot(page, '72-tablet-1024');
  });
});

test('the keyboard focus is clearly visible, and a focused menu item does not look like the current page', async ({ page }) => {
  await signInToOverview(page, ACCOUNTS.secretariat.loginId);
  const nav = page.getByRole('navigation', { name: 'メニュー' });
  const current = nav.getByRole('link', { name: '検証サイクル' });
  const other = nav.getByRole('link', { name: '検証対象事業' });
  await expect(current).toHaveAttribute('aria-current', 'page');
  await expect(other).not.toHaveAttribute('aria-current', 'page');

  /** Tabs (or Shift+Tabs) until `target` has the focus, as a keyboard user would reach it. */
  const tabTo = async (target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') => {
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press(key);
    await expect(target).toBeFocused();
  };
  const look = (l: Locator) =>
    l.evaluate((el) => {
      const s = getComputedStyle(el);
      return { outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), background: s.backgroundColor, shadow: s.boxShadow, weight: getComputedStyle(el.querySelector('.MuiListItemText-primary') ?? el).fontWeight };
    });

  await page.locator('body').click({ position: { x: 700, y: 600 } });
  await tabTo(other);
  const focused = await look(other);
  const selected = await look(current);
  // the focus: a ring at least 3 px wide; the current page: no ring, but a tint, a bar and bold text
  expect(focused.outline).toBe('solid');
  expect(focused.outlineWidth).toBeGreaterThanOrEqual(3);
  expect(selected.outline).toBe('none');
  expect(selected.shadow).toContain('inset');
  expect(Number(selected.weight)).toBeGreaterThanOrEqual(700);
  expect(focused.background).not.toBe(selected.background);
  expect(focused.shadow).not.toBe(selected.shadow);
  await shot(page, '73-focus-menu-item');

  // a button and a field get the same ring
  const button = page.getByRole('button', { name: '年度を追加' });
  await tabTo(button);
  expect(await button.evaluate((el) => [getComputedStyle(el).outlineStyle, parseFloat(getComputedStyle(el).outlineWidth)])).toEqual(['solid', 3]);
  await shot(page, '73-focus-button');

  const year = page.getByRole('combobox', { name: '年度' });
  const field = page.locator('.MuiOutlinedInput-root').filter({ has: year });
  expect(await field.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('none');
  await tabTo(year, 'Shift+Tab');
  expect(await field.evaluate((el) => [getComputedStyle(el).outlineStyle, parseFloat(getComputedStyle(el).outlineWidth)])).toEqual(['solid', 3]);
  await shot(page, '73-focus-field');
});
