import { expect, test, type Page } from '@playwright/test';
import {
  CYCLE_PHASE_EVENT_LABELS,
  CYCLE_PHASE_LABELS,
  PRECONDITION_LABELS,
  type CyclePhase,
  type CyclePhaseEvent,
} from '../../libs/domain/src/index';
import { ACCOUNTS, CYCLE_TITLES, choose, shot, signIn, signInToOverview } from './helpers';

const ENTRY = '医工連携等推進事業';

async function openEntries(page: Page) {
  await signInToOverview(page, ACCOUNTS.secretariat.loginId);
  await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '検証対象事業' }).click();
  await expect(page.getByTestId('setup-entry-row')).toHaveCount(15);
}

const rowOf = (page: Page, name: string) => page.getByTestId('setup-entry-row').filter({ hasText: name }).first();

test.describe('secretariat', () => {
  test('sees exactly the phase actions the server offers, with the failed preconditions', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    const nav = page.getByRole('navigation', { name: 'メニュー' });
    await expect(nav.getByRole('link')).toHaveText(['ホーム', '検証サイクル', 'シート審査', '検証意見のとりまとめ', '対応', '対応の承認', '検証対象事業', '班と委員', '委員名簿', '条例と条', '所管課', 'アカウント', '変更履歴']);
    const { actions } = await cycleOf(page, 2020);
    expect(actions.length).toBeGreaterThan(0);
    const section = page.getByRole('region', { name: '段階の移行' });
    for (const action of actions) {
      const button = section.getByRole('button', { name: CYCLE_PHASE_EVENT_LABELS[action.event].ja, exact: true });
      if (action.failedPreconditions.length === 0) {
        await expect(button).toBeEnabled();
        await expect(section.getByText('すべての条件を満たしています。')).toBeVisible();
      } else {
        await expect(button).toBeDisabled();
        for (const code of action.failedPreconditions) await expect(section.getByText(PRECONDITION_LABELS[code]!.ja)).toBeVisible();
        await expect(section.getByRole('button', { name: '条件を満たさないまま進める' })).toHaveCount(action.mayOverride ? 1 : 0);
      }
    }
    await expect(section.getByRole('button')).toHaveCount(actions.length + actions.filter((a) => a.failedPreconditions.length && a.mayOverride).length);
  });

  test('edits an entry and assigns a member', async ({ page }) => {
    await openEntries(page);
    await shot(page, '10-setup-entries');

    await rowOf(page, ENTRY).getByRole('button', { name: '編集' }).click();
    const dialog = page.getByRole('dialog', { name: '事業の編集' });
    await expect(dialog.getByLabel('事業名')).toHaveValue(ENTRY);
    await dialog.getByLabel('事業名').fill(`${ENTRY}（医療・福祉分野）`);
    await dialog.getByLabel('頁').fill('21');
    await shot(page, '11-entry-dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('保存しました。')).toBeVisible();
    await expect(rowOf(page, `${ENTRY}（医療・福祉分野）`)).toContainText('p.21');

    await rowOf(page, `${ENTRY}（医療・福祉分野）`).getByRole('button', { name: '担当委員' }).click();
    const assign = page.getByRole('dialog', { name: /検証担当委員/ });
    await expect(assign.getByText('「第1班」の委員から選びます。')).toBeVisible();
    // only the members of the entry's group are offered
    await expect(assign.getByRole('checkbox')).toHaveCount(4);
    await expect(assign.getByText('中山 健')).toHaveCount(0);
    await assign.getByRole('checkbox', { name: /小出 善茂/ }).check();
    await shot(page, '12-assignments-dialog');
    await assign.getByRole('button', { name: '保存' }).click();
    await expect(assign).toBeHidden();
    await expect(rowOf(page, `${ENTRY}（医療・福祉分野）`)).toContainText('小出 善茂');

    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '検証サイクル' }).click();
    const overviewRow = page.getByTestId('entry-row').filter({ hasText: `${ENTRY}（医療・福祉分野）` });
    await expect(overviewRow).toContainText('p.21');
    await expect(overviewRow).toContainText('小出 善茂');
    await expect(overviewRow).toContainText('遠山 浩（部会長）');

    // put the demo entry back as it was, for the journeys that follow
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '検証対象事業' }).click();
    await rowOf(page, `${ENTRY}（医療・福祉分野）`).getByRole('button', { name: '担当委員' }).click();
    await assign.getByRole('checkbox', { name: /小出 善茂/ }).uncheck();
    await assign.getByRole('button', { name: '保存' }).click();
    await expect(assign).toBeHidden();
    await rowOf(page, `${ENTRY}（医療・福祉分野）`).getByRole('button', { name: '編集' }).click();
    await dialog.getByLabel('事業名').fill(ENTRY);
    // FY2020's material is not printed yet: its entries have no page
    await dialog.getByLabel('頁').fill('');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, ENTRY)).not.toContainText('p.21');
    await expect(rowOf(page, ENTRY)).not.toContainText('小出 善茂');
  });

  test('adds a project verified with a lead, deletes it, and shows why a lead cannot be deleted', async ({ page }) => {
    await openEntries(page);
    await page.getByRole('button', { name: '事業を追加' }).click();
    const dialog = page.getByRole('dialog', { name: '事業の追加' });
    await dialog.getByLabel('事業名').fill('テスト事業');
    await choose(page, dialog.getByRole('combobox', { name: '条' }), /第12条/);
    await choose(page, dialog.getByRole('combobox', { name: '一体的に検証する代表の事業' }), '起業化総合支援事業');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('setup-entry-row')).toHaveCount(16);
    const added = rowOf(page, 'テスト事業');
    await expect(added).toContainText('一体的に検証');

    await added.getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog', { name: '削除の確認' }).getByRole('button', { name: '削除' }).click();
    await expect(page.getByTestId('setup-entry-row')).toHaveCount(15);

    // the lead of a related project cannot be deleted: the server's message stays in the dialog
    await rowOf(page, '商業振興関連事業（商店街課題対応事業').getByRole('button', { name: '削除' }).click();
    const confirm = page.getByRole('dialog', { name: '削除の確認' });
    await confirm.getByRole('button', { name: '削除' }).click();
    // the reason is the headline itself, not a generic "some input is not valid"
    await expect(confirm.getByRole('alert')).toContainText('事業は使用中のため削除できません。');
    await expect(confirm.getByRole('alert')).not.toContainText('入力内容に誤りがあります。');
    await shot(page, '13-delete-refused');
  });

  test('when someone else saved first, the typed text stays and the latest can be loaded', async ({ page }) => {
    await openEntries(page);
    const name = '知的財産戦略の推進';
    await rowOf(page, name).getByRole('button', { name: '編集' }).click();
    const dialog = page.getByRole('dialog', { name: '事業の編集' });
    await dialog.getByLabel('事業名').fill(`${name}（私の変更）`);

    // Someone else saves the same entry first (same account, another tab: through the API).
    const read = await page.request.post('/graphql', {
      data: { query: `query($id: ID!) { cycle(id: $id) { projects { id name version articleId departmentId groupId kind page } } }`, variables: { id: await cycleId(page) } },
    });
    const projects = (await read.json()).data.cycle.projects as Array<Record<string, unknown>>;
    const p = projects.find((x) => x.name === name)!;
    const write = await page.request.post('/graphql', {
      data: {
        query: `mutation($input: UpdateProjectInput!) { updateProject(input: $input) { id version } }`,
        variables: { input: { id: p.id, version: p.version, name: `${name}（他の人の変更）`, articleId: p.articleId, departmentId: p.departmentId, groupId: p.groupId, kind: p.kind, page: p.page } },
      },
    });
    expect((await write.json()).data.updateProject.version).toBe((p.version as number) + 1);

    await dialog.getByRole('button', { name: '保存' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('他の人が先に更新しました。');
    await expect(alert).toContainText('入力した内容はそのまま残っています。');
    await expect(dialog.getByLabel('事業名')).toHaveValue(`${name}（私の変更）`);
    await shot(page, '14-conflict');

    await alert.getByRole('button', { name: '最新の内容を読み込む' }).click();
    await expect(dialog.getByLabel('事業名')).toHaveValue(`${name}（他の人の変更）`);
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await dialog.getByLabel('事業名').fill(name);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(rowOf(page, name)).not.toContainText('変更');
  });

  test('groups, members and departments screens', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    const nav = page.getByRole('navigation', { name: 'メニュー' });
    await nav.getByRole('link', { name: '班と委員' }).click();
    await expect(page.getByTestId('group-card')).toHaveCount(2);
    await expect(page.getByTestId('group-card').first()).toContainText('遠山 浩（部会長）');
    await shot(page, '15-groups');
    await page.getByTestId('group-card').first().getByRole('button', { name: '委員を設定' }).click();
    const dialog = page.getByRole('dialog', { name: /班の委員/ });
    await expect(dialog.getByText('第2班に所属').first()).toBeVisible();
    await shot(page, '16-group-members-dialog');
    await dialog.getByRole('button', { name: 'キャンセル' }).click();

    await nav.getByRole('link', { name: '委員名簿' }).click();
    await expect(page.getByTestId('members-table').getByRole('row')).toHaveCount(10);
    await shot(page, '17-members');
    await page.getByRole('button', { name: '委員を追加' }).click();
    const member = page.getByRole('dialog', { name: '委員の追加' });
    await member.getByLabel('氏名').fill('川崎 花子');
    await member.getByLabel('所属').fill('川崎市産業振興財団');
    await member.getByLabel('任期開始日').fill('2019-07-01');
    await member.getByLabel('任期終了日').fill('2019-06-30');
    await member.getByRole('button', { name: '保存' }).click();
    await expect(member.getByText('終了日は開始日以降にしてください。')).toBeVisible();
    await shot(page, '18-member-dialog');
    await member.getByLabel('任期終了日').fill('2021-06-30');
    await member.getByRole('button', { name: '保存' }).click();
    await expect(member).toBeHidden();
    const added = page.getByTestId('members-table').getByRole('row').filter({ hasText: '川崎 花子' });
    await expect(added).toContainText('令和元年7月1日 〜 令和3年6月30日');
    await added.getByRole('button', { name: '削除' }).click();
    await page.getByRole('dialog', { name: '削除の確認' }).getByRole('button', { name: '削除' }).click();
    await expect(page.getByTestId('members-table').getByRole('row')).toHaveCount(10);

    await nav.getByRole('link', { name: '所管課' }).click();
    await expect(page.getByTestId('departments-table')).toContainText('工業振興課');
    await shot(page, '19-departments');
    // the server's field message lands on the field
    await page.getByRole('button', { name: '所管課を追加' }).click();
    const department = page.getByRole('dialog', { name: '所管課の追加' });
    await department.getByLabel('課の名称').fill('工業振興課');
    await department.getByRole('button', { name: '保存' }).click();
    await expect(department.getByText('所管課はすでに登録されています。')).toBeVisible();
    await expect(department.getByLabel('課の名称')).toHaveAttribute('aria-invalid', 'true');
    await shot(page, '20-department-duplicate');
  });

  test('the ordinance and its articles: add one, refuse a number in use, delete it', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '条例と条' }).click();
    const table = page.getByTestId('articles-table');
    await expect(page.getByText('川崎市中小企業の活性化のための成長戦略に関する条例')).toBeVisible();
    await expect(page.getByText('平成28年4月1日施行', { exact: false })).toBeVisible();
    await expect(table.getByRole('row').filter({ hasText: '第12条' })).toContainText('創業、経営の革新等の促進');
    await expect(table.getByRole('row')).toHaveCount(9);

    await page.getByRole('button', { name: '条を追加' }).click();
    let dialog = page.getByRole('dialog', { name: '条の追加' });
    await dialog.getByRole('spinbutton', { name: '条' }).fill('12');
    await dialog.getByLabel('施策（条の見出し）').fill('重複する条');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('条はすでに登録されています。')).toBeVisible();
    await dialog.getByRole('spinbutton', { name: '条' }).fill('20');
    await dialog.getByLabel('施策（条の見出し）').fill('テスト用の条');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toHaveCount(0);
    const added = table.getByRole('row').filter({ hasText: '第20条' });
    await expect(added).toContainText('テスト用の条');
    await shot(page, '24-ordinance');

    await added.getByRole('button', { name: '削除' }).click();
    dialog = page.getByRole('dialog', { name: '削除の確認' });
    await dialog.getByRole('button', { name: '削除' }).click();
    await expect(table.getByRole('row').filter({ hasText: '第20条' })).toHaveCount(0);
  });

  test('adds a fiscal year and moves it on: an override needs a written reason, which the history keeps', async ({ page }) => {
    // A year of its own (FY2018, older than the demo's, so FY2020 stays the default): the demo cycles keep their phases.
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    await page.getByRole('button', { name: '年度を追加' }).click();
    const create = page.getByRole('dialog', { name: '年度を追加' });
    await create.getByLabel('年度').fill('2018');
    await expect(create.getByText('平成30年度（2018年度）')).toBeVisible();
    await create.getByLabel('開始日').fill('2018-05-01');
    await create.getByLabel('終了日').fill('2019-08-31');
    await expect(create.getByText('令和元年8月31日（土）')).toBeVisible();
    await shot(page, '21-new-cycle-dialog');
    await create.getByRole('button', { name: '保存' }).click();
    await expect(create).toBeHidden();
    await expect(page.getByTestId('cycle-title')).toHaveText('平成30年度（2018年度）');
    await expect(page.getByTestId('cycle-counts')).toHaveText('事業 0件（検証単位 0件）・0班');

    // The year's deadlines are set in the same dialog, shown in the era, and kept.
    await page.getByRole('button', { name: '検証期間' }).click();
    const edit = page.getByRole('dialog', { name: '平成30年度（2018年度）' });
    await edit.getByLabel('施策検証シートの提出期限').fill('2018-07-31');
    await edit.getByLabel('検証意見の提出期限').fill('2018-11-30');
    await expect(edit.getByText('平成30年7月31日（火）')).toBeVisible();
    await shot(page, '21b-cycle-deadlines');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect(edit).toBeHidden();
    await page.getByRole('button', { name: '検証期間' }).click();
    await expect(edit.getByLabel('施策検証シートの提出期限')).toHaveValue('2018-07-31');
    await expect(edit.getByLabel('検証意見の提出期限')).toHaveValue('2018-11-30');
    await edit.getByRole('button', { name: 'キャンセル' }).click();
    await expect(edit).toBeHidden();

    const { actions, phase } = await cycleOf(page, 2018);
    expect(phase).toBe('PLAN');
    const action = actions[0]!;
    expect(action.failedPreconditions).toContain('CYCLE_HAS_ENTRIES');
    expect(action.mayOverride).toBe(true);
    const section = page.getByRole('region', { name: '段階の移行' });
    await expect(section.getByRole('button', { name: CYCLE_PHASE_EVENT_LABELS[action.event].ja, exact: true })).toBeDisabled();
    for (const code of action.failedPreconditions) await expect(section.getByText(PRECONDITION_LABELS[code]!.ja)).toBeVisible();

    await section.getByRole('button', { name: '条件を満たさないまま進める' }).click();
    const dialog = page.getByRole('dialog', { name: '条件を満たさないまま進める' });
    await expect(dialog).toContainText(`「${CYCLE_PHASE_LABELS[phase].ja}」から「${CYCLE_PHASE_LABELS[action.toState].ja}」へ進めます。`);
    await dialog.getByRole('button', { name: CYCLE_PHASE_EVENT_LABELS[action.event].ja }).click();
    await expect(dialog.getByText('理由を入力してください。')).toBeVisible();
    await dialog.getByRole('textbox').fill('前年度の記録を残すため、事業の登録は後日行う');
    await shot(page, '22-override-dialog');
    await dialog.getByRole('button', { name: CYCLE_PHASE_EVENT_LABELS[action.event].ja }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`「${CYCLE_PHASE_LABELS[action.toState].ja}」へ進めました。`)).toBeVisible();

    const history = page.getByRole('region', { name: '移行の履歴' });
    const latest = history.getByRole('row').nth(1);
    await expect(latest).toContainText(CYCLE_PHASE_EVENT_LABELS[action.event].ja);
    await expect(latest).toContainText('産業政策課 事務局');
    await expect(latest).toContainText('前年度の記録を残すため、事業の登録は後日行う');
    await expect(latest).toContainText(/令和\d+年\d+月\d+日（.）/);
    for (const code of action.failedPreconditions) await expect(latest).toContainText(PRECONDITION_LABELS[code]!.ja);
    await shot(page, '23-after-override');

    // the year picker offers both years; the demo year is still the default
    await page.goto('/overview');
    await expect(page.getByTestId('cycle-title')).toHaveText(CYCLE_TITLES[2020]);
  });
});

interface Action {
  event: CyclePhaseEvent;
  toState: CyclePhase;
  failedPreconditions: string[];
  mayOverride: boolean;
}

/** What the server says about a fiscal year for the signed-in user (the screen must show exactly this). */
async function cycleOf(page: Page, fiscalYear: number): Promise<{ id: string; phase: CyclePhase; actions: Action[] }> {
  const res = await page.request.post('/graphql', {
    data: { query: '{ cycles { id fiscalYear phase availableActions { event toState failedPreconditions mayOverride } } }' },
  });
  const c = ((await res.json()).data.cycles as Array<{ id: string; fiscalYear: number; phase: CyclePhase; availableActions: Action[] }>).find(
    (x) => x.fiscalYear === fiscalYear,
  )!;
  return { id: c.id, phase: c.phase, actions: c.availableActions };
}

/** The cycle the screens open by default: the newest, FY2020. */
async function cycleId(page: Page): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: '{ cycles { id fiscalYear } }' } });
  return ((await res.json()).data.cycles as Array<{ id: string; fiscalYear: number }>).find((c) => c.fiscalYear === 2020)!.id;
}

test.describe('secretariat: an entry that holds data is withdrawn, not deleted', () => {
  test('withdraws an entry of FY2019 with a reason, sees it marked, and puts it back', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    await page.goto('/setup/entries?year=2019');
    await expect(page.getByTestId('setup-entry-row')).toHaveCount(15);
    const row = rowOf(page, '起業化総合支援事業');
    await row.getByRole('button', { name: '検証対象から外す' }).click();
    const dialog = page.getByRole('dialog', { name: '検証対象から外す' });
    await dialog.getByRole('button', { name: '検証対象から外す' }).click();
    await expect(dialog.getByText('入力してください').first()).toBeVisible();
    await dialog.getByRole('textbox', { name: '理由' }).fill('事業を統合したため');
    await shot(page, 'withdraw-10-dialog');
    await dialog.getByRole('button', { name: '検証対象から外す' }).click();
    await expect(dialog).toBeHidden();
    await expect(row.getByTestId('withdrawn-chip')).toHaveText('検証対象外');
    await shot(page, 'withdraw-11-marked');
    await row.getByRole('button', { name: '検証対象に戻す' }).click();
    await expect(row.getByTestId('withdrawn-chip')).toHaveCount(0);
    await expect(row.getByRole('button', { name: '検証対象から外す' })).toBeVisible();
  });
});

test.describe('secretariat: accounts of members and staff', () => {
  test('adds a member with an account in one step; the member signs in; the accounts page lists only members and staff', async ({ page }) => {
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    const nav = page.getByRole('navigation', { name: 'メニュー' });
    await nav.getByRole('link', { name: '委員名簿' }).click();
    await page.getByRole('button', { name: '委員を追加' }).click();
    const member = page.getByRole('dialog', { name: '委員の追加' });
    await member.getByLabel('氏名').fill('登戸 一郎');
    await member.getByLabel('所属').fill('川崎商工会議所');
    await member.getByLabel('ログインアカウントも作成する').check();
    // a login ID in use: refused on its field, and the member is not added either
    await member.getByRole('textbox', { name: 'ログインID' }).fill('toyama');
    await member.getByLabel('初期パスワード').fill('noborito-initial-2019');
    await member.getByRole('button', { name: '保存' }).click();
    await expect(member.getByText('ログインIDはすでに登録されています。')).toBeVisible();
    await member.getByRole('textbox', { name: 'ログインID' }).fill('noborito');
    await shot(page, 'accounts-10-member-with-account');
    await member.getByRole('button', { name: '保存' }).click();
    await expect(member).toBeHidden();
    await expect(page.getByTestId('members-table').getByRole('row').filter({ hasText: '登戸 一郎' })).toHaveCount(1);

    await nav.getByRole('link', { name: 'アカウント' }).click();
    const rows = page.getByTestId('users-table').getByRole('row');
    await expect(rows.filter({ hasText: 'noborito' })).toContainText('委員');
    await expect(rows.filter({ hasText: 'admin' })).toHaveCount(0);
    await expect(rows.filter({ hasText: 'jimukyoku' })).toHaveCount(0);
    await shot(page, 'accounts-11-list');

    await page.getByRole('button', { name: 'ユーザーメニュー' }).click();
    await page.getByRole('menuitem', { name: 'ログアウト' }).click();
    await signIn(page, 'noborito', 'noborito-initial-2019');
    await expect(page.getByRole('button', { name: 'ユーザーメニュー' })).toContainText('登戸 一郎');
  });
});
