import { expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import {
  COUNCIL_OPINION_EVENT_LABELS,
  COUNCIL_OPINION_STATE_LABELS,
  MEMBER_OPINION_EVENT_LABELS,
  MEMBER_OPINION_STATE_LABELS,
  OPINION_KIND_LABELS,
  message,
} from '../../libs/domain/src/index';
import { shot, signIn } from './helpers';

/**
 * The Check step in the browser, on the FY2019 demo cycle (phase CHECK, selected with ?year=2019):
 * 遠山 and 岩井 (第1班) are both assigned to 医工連携等推進事業, which has no council opinion yet. Each
 * writes an opinion beside the entry's verification sheet (autosaved, kept in the browser until the
 * server has it) and submits it; each sees the other's. The secretariat sees who has submitted, draws
 * council opinions from them (①②), splits, merges, reorders, tags and confirms them by written
 * deliberation, and reopens one with a reason; the members then see where their opinions went.
 */
const ENTRY = '医工連携等推進事業';
const YEAR = '?year=2019';
const TOYAMA = { loginId: 'toyama', name: '遠山 浩' };
const IWAI = { loginId: 'iwai', name: '岩井 新一' };
const SECRETARIAT = 'jimukyoku';

const nav = (page: Page) => page.getByRole('navigation', { name: 'メニュー' });
const myOpinions = (page: Page) => page.getByTestId('my-opinion');
const councilCards = (page: Page) => page.getByTestId('council-opinion');
const council = (page: Page, mark: string) => page.locator(`[data-testid="council-opinion"][data-mark="${mark}"]`);
const memberCard = (page: Page, name: string) => page.getByTestId('member-opinion').filter({ has: page.getByTestId('member-opinion-author').filter({ hasText: name }) });

/** A second signed-in person in the same browser: a context of its own, with the project's settings. */
async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, viewport: use.viewport });
  return { context, page: await context.newPage() };
}

/** A member opens their entries of FY2019 from the menu, then the entry. */
async function openMyEntry(page: Page, loginId: string, entry = ENTRY): Promise<void> {
  await signIn(page, loginId);
  await expect(nav(page).getByRole('link', { name: '担当事業の検証意見' })).toBeVisible();
  await page.goto(`/opinions${YEAR}`);
  await expect(page.getByRole('heading', { name: '担当事業の検証意見', level: 1 })).toBeVisible();
  await page.getByTestId('my-entry-row').filter({ hasText: entry }).getByRole('link', { name: entry }).click();
  await expect(page.getByTestId('entry-title')).toHaveText(entry);
}

async function expectSaved(card: Locator): Promise<void> {
  await expect(card.getByTestId('autosave-status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
}

/** Adds a draft opinion of a kind, then returns its card (the newest one). */
async function addOpinion(page: Page, kind: keyof typeof OPINION_KIND_LABELS, text: string): Promise<Locator> {
  const form = page.getByTestId('new-opinion');
  await form.getByRole('button', { name: OPINION_KIND_LABELS[kind].ja }).click();
  await form.getByRole('textbox', { name: '本文' }).fill(text);
  const before = await myOpinions(page).count();
  await form.getByRole('button', { name: '追加する' }).click();
  await expect(myOpinions(page)).toHaveCount(before + 1);
  await expect(form.getByRole('textbox', { name: '本文' })).toHaveValue('');
  return myOpinions(page).last();
}

/**
 * Someone else (another secretariat session) saves a council opinion, through the API with the page's
 * session, while the page still holds the version it loaded.
 */
async function saveElsewhere(page: Page, mark: string, text: string): Promise<void> {
  const api = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
    const body = (await res.json()) as { data: any; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const { cycles } = await api('{ cycles { id fiscalYear } }');
  const cycleId = cycles.find((c: { fiscalYear: number }) => c.fiscalYear === 2019).id;
  const { cycle } = await api('query($id: ID!) { cycle(id: $id) { projects { name councilOpinions { id mark version tags { id } sources { id } } } } }', { id: cycleId });
  const o = cycle.projects.find((p: { name: string }) => p.name === ENTRY).councilOpinions.find((c: { mark: string }) => c.mark === mark);
  await api('mutation($input: UpdateCouncilOpinionInput!) { updateCouncilOpinion(input: $input) { id } }', {
    input: { id: o.id, version: o.version, text, tagIds: o.tags.map((t: { id: string }) => t.id), memberOpinionIds: o.sources.map((x: { id: string }) => x.id) },
  });
}

async function submitOpinion(page: Page, card: Locator): Promise<void> {
  await card.getByRole('button', { name: MEMBER_OPINION_EVENT_LABELS.SUBMIT.ja }).click();
  const dialog = page.getByRole('dialog', { name: '意見の提出' });
  await dialog.getByRole('button', { name: MEMBER_OPINION_EVENT_LABELS.SUBMIT.ja }).click();
  await expect(dialog).toBeHidden();
}

const toyamaText1 = '医療機器分野への参入を目指す中小企業の増加は評価できる。';
const toyamaText2 = '製品化まで伴走する支援を強化し、成功事例を広く周知すべきである。';
const iwaiText = '医療現場のニーズと企業の技術とのマッチングの場が定着してきた点は評価できる。';
const edited = '製品化までの伴走支援を強化するとともに、医工連携の成果を市内の中小企業に広く周知されたい。';

// One story in steps that build on each other (one server, one database).
test.describe.serial('member opinions and their consolidation', () => {
  test.describe.configure({ timeout: 240_000 });

  test('two members of the same group write and submit opinions on the same entry', async ({ page, browser }) => {

    // ── 遠山: the to-do list, then the sheet beside his opinions ──
    await openMyEntry(page, TOYAMA.loginId);
    await expect(page.getByTestId('sheet-pane')).toBeVisible();
    await expect(page.getByTestId('sheet-pane').getByTestId('opinion-sheet').or(page.getByTestId('sheet-unavailable'))).toBeVisible();
    await expect(page.getByTestId('opinion-deadline')).toContainText('検証意見の提出期限');
    await expect(page.getByTestId('entry-council-opinions')).toContainText('確定した主な検証意見はまだありません。');

    // a draft, autosaved as it is typed
    const draft = await addOpinion(page, 'POSITIVE', toyamaText1);
    await expect(draft.getByTestId('member-opinion-state')).toHaveText(MEMBER_OPINION_STATE_LABELS.DRAFT.ja);
    await expectSaved(draft);
    await draft.getByRole('textbox', { name: '本文' }).fill(`${toyamaText1}（下書き）`);
    await expect(draft.getByTestId('autosave-status')).toHaveAttribute('data-status', /dirty|saving|saved/);
    await expectSaved(draft);

    // typed, then the page is reloaded before the autosave: the text comes back from the browser and is saved
    await draft.getByRole('textbox', { name: '本文' }).fill(toyamaText1);
    await page.reload();
    const restored = myOpinions(page).first();
    await expect(restored.getByTestId('restored-notice')).toBeVisible();
    await expect(restored.getByRole('textbox', { name: '本文' })).toHaveValue(toyamaText1);
    await expectSaved(restored);
    await page.reload();
    await expect(myOpinions(page).first().getByRole('textbox', { name: '本文' })).toHaveValue(toyamaText1);
    await expect(myOpinions(page).first().getByTestId('restored-notice')).toHaveCount(0);

    // a second one, of the other kind; then both are submitted
    const second = await addOpinion(page, 'IMPROVEMENT', toyamaText2);
    await expectSaved(second);
    await shot(page, 'opinions-70-member-opinion-drafts');
    await submitOpinion(page, myOpinions(page).first());
    await submitOpinion(page, myOpinions(page).last());
    await expect(myOpinions(page).filter({ has: page.locator('[data-state="SUBMITTED"]') })).toHaveCount(2);
    await expect(myOpinions(page).first().getByTestId('used-in')).toContainText('まだ主な検証意見には反映されていません。');
    // submitted: no longer editable
    await expect(myOpinions(page).first().getByRole('textbox')).toHaveCount(0);

    // the to-do list says so
    await page.goto(`/opinions${YEAR}`);
    await expect(page.getByTestId('my-entry-row').filter({ hasText: ENTRY }).getByTestId('my-entry-status')).toContainText('提出済み');
    await shot(page, 'opinions-71-my-entries');

    // ── 岩井, the other member of the entry (same group): sees 遠山's opinions, writes and submits his own ──
    const iwai = await newPerson(browser);
    try {
      await openMyEntry(iwai.page, IWAI.loginId);
      const others = iwai.page.getByTestId('others-opinions');
      await expect(others.getByTestId('other-opinion')).toHaveCount(2);
      await expect(others).toContainText(TOYAMA.name);
      await expect(others).toContainText(toyamaText2);
      const mine = await addOpinion(iwai.page, 'POSITIVE', iwaiText);
      await expectSaved(mine);
      await submitOpinion(iwai.page, mine);
      await expect(myOpinions(iwai.page).first()).toHaveAttribute('data-state', 'SUBMITTED');
      await shot(iwai.page, 'opinions-72-member-opinion-page');
    } finally {
      await iwai.context.close();
    }
  });

  test('the secretariat sees who submitted, consolidates the opinions into ①② and confirms them', async ({ page: s }) => {
    test.setTimeout(360_000);
    await signIn(s, SECRETARIAT);
    await expect(nav(s).getByRole('link', { name: '検証意見のとりまとめ' })).toBeVisible();
    await s.goto(`/consolidation${YEAR}`);
    await expect(s.getByRole('heading', { name: '検証意見のとりまとめ', level: 1 })).toBeVisible();
    const row = s.getByTestId('progress-row').filter({ hasText: ENTRY });
    // 2 of the assigned members have submitted (others may be assigned too)
    await expect(row.getByTestId('progress-submitted')).toContainText(/^2 \/ \d+/);
    await expect(row.getByTestId('progress-pending')).not.toContainText(TOYAMA.name);
    await expect(row.getByTestId('progress-pending')).not.toContainText(IWAI.name);
    await expect(row.getByTestId('council-draft-count')).toHaveText(`${COUNCIL_OPINION_STATE_LABELS.DRAFT.ja} 0`);
    await expect(s.getByTestId('progress-group').first()).toContainText('第1班');
    await shot(s, 'opinions-73-consolidation-progress');

    // ── the entry: members' opinions on one side, council opinions on the other ──
    await row.getByRole('link', { name: ENTRY }).click();
    await expect(s.getByTestId('entry-title')).toHaveText(ENTRY);
    await expect(s.getByTestId('member-opinion')).toHaveCount(3);
    await expect(s.getByTestId('council-none')).toBeVisible();
    // the verification sheet, read beside the opinions on demand
    await s.getByRole('button', { name: '施策検証シートを見る' }).click();
    const drawer = s.getByRole('presentation').filter({ has: s.getByRole('button', { name: '閉じる' }) });
    await expect(drawer.getByTestId('opinion-sheet').or(drawer.getByTestId('sheet-unavailable'))).toBeVisible();
    await shot(s, 'opinions-73b-consolidation-sheet');
    await drawer.getByRole('button', { name: '閉じる' }).click();
    await expect(drawer).toBeHidden();

    // ① from 遠山's first and 岩井's opinion: the text starts as theirs, then is edited
    await memberCard(s, TOYAMA.name).filter({ hasText: toyamaText1 }).getByRole('checkbox').check();
    await memberCard(s, IWAI.name).getByRole('checkbox').check();
    await s.getByRole('button', { name: '選んだ意見から作成' }).click();
    let dialog = s.getByRole('dialog', { name: '主な検証意見の作成' });
    const text = dialog.getByRole('textbox', { name: '本文' });
    await expect(text).toHaveValue(`${toyamaText1}\n${iwaiText}`);
    const first = '医療機器分野への参入企業が増え、医療現場と企業とのマッチングの場も定着してきたことは評価できる。';
    const second2 = '今後は製品化までの伴走支援を強化すべきである。';
    await text.fill(`${first}\n${second2}`);
    await shot(s, 'opinions-74-consolidation-create');
    await dialog.getByRole('button', { name: '作成する' }).click();
    await expect(dialog).toBeHidden();
    await expect(councilCards(s)).toHaveCount(1);
    await expect(council(s, '①').getByTestId('council-opinion-sources')).toContainText(TOYAMA.name);
    await expect(council(s, '①').getByTestId('council-opinion-sources')).toContainText(IWAI.name);
    await expect(memberCard(s, IWAI.name).getByTestId('member-opinion-used-in')).toHaveText('反映先: ①');

    // ② from scratch
    await s.getByRole('button', { name: '白紙から作成' }).click();
    dialog = s.getByRole('dialog', { name: '主な検証意見の作成' });
    const scratch = '医工連携の成果を市内の中小企業に広く周知されたい。';
    await dialog.getByRole('textbox', { name: '本文' }).fill(scratch);
    await dialog.getByRole('button', { name: '作成する' }).click();
    await expect(dialog).toBeHidden();
    await expect(council(s, '②').getByTestId('council-opinion-text')).toHaveText(scratch);

    // split ① at its line break: ①, ② (the second line), ③ (the one from scratch)
    await council(s, '①').getByRole('button', { name: '① その他の操作' }).click();
    await s.getByRole('menuitem', { name: '分割' }).click();
    dialog = s.getByRole('dialog', { name: '① の分割' });
    await expect(dialog.getByRole('textbox', { name: '1つ目' })).toHaveValue(first);
    await expect(dialog.getByRole('textbox', { name: '2つ目' })).toHaveValue(second2);
    await dialog.getByRole('button', { name: '分割' }).click();
    await expect(dialog).toBeHidden();
    await expect(councilCards(s)).toHaveCount(3);
    await expect(council(s, '②').getByTestId('council-opinion-text')).toHaveText(second2);
    await expect(council(s, '③').getByTestId('council-opinion-text')).toHaveText(scratch);

    // merge ② and ③ into ②
    await council(s, '②').getByRole('checkbox').check();
    await council(s, '③').getByRole('checkbox').check();
    await s.getByRole('button', { name: '統合', exact: true }).click();
    dialog = s.getByRole('dialog', { name: '主な検証意見の統合' });
    await expect(dialog).toContainText('②・③');
    await dialog.getByRole('button', { name: '統合' }).click();
    await expect(dialog).toBeHidden();
    await expect(councilCards(s)).toHaveCount(2);
    await expect(council(s, '②').getByTestId('council-opinion-text')).toHaveText(`${second2}\n${scratch}`);

    // a draft made by mistake is deleted; the numbers stay gapless
    await s.getByRole('button', { name: '白紙から作成' }).click();
    dialog = s.getByRole('dialog', { name: '主な検証意見の作成' });
    await dialog.getByRole('textbox', { name: '本文' }).fill('削除する意見');
    await dialog.getByRole('button', { name: '作成する' }).click();
    await expect(councilCards(s)).toHaveCount(3);
    await council(s, '③').getByRole('button', { name: '③ その他の操作' }).click();
    await s.getByRole('menuitem', { name: '削除' }).click();
    dialog = s.getByRole('dialog', { name: '主な検証意見の削除' });
    await dialog.getByRole('button', { name: '削除' }).click();
    await expect(dialog).toBeHidden();
    await expect(councilCards(s)).toHaveCount(2);

    // drag and drop: ② onto ①, and back
    await council(s, '②').dragTo(council(s, '①'));
    await expect(council(s, '①').getByTestId('council-opinion-text')).toHaveText(`${second2}\n${scratch}`);
    await council(s, '②').dragTo(council(s, '①'));
    await expect(council(s, '①').getByTestId('council-opinion-text')).toHaveText(first);

    // reorder: ② moves up (the full list goes to the server with the versions)
    await council(s, '②').getByRole('button', { name: '② 上へ' }).click();
    await expect(council(s, '①').getByTestId('council-opinion-text')).toHaveText(`${second2}\n${scratch}`);
    await expect(council(s, '②').getByTestId('council-opinion-text')).toHaveText(first);

    // edit ①: wording, the ※ tag (with its legend), and 遠山's other opinion as a source
    await council(s, '①').getByRole('button', { name: '編集' }).click();
    dialog = s.getByRole('dialog', { name: '① の編集' });
    await dialog.getByRole('textbox', { name: '本文' }).fill(edited);
    const tags = dialog.getByRole('group', { name: 'タグ' }).getByRole('checkbox');
    if ((await tags.count()) > 0) await tags.first().check();
    await dialog.getByRole('group', { name: '元になった委員の意見' }).getByRole('checkbox', { name: new RegExp(toyamaText2) }).check();
    await shot(s, 'opinions-75-consolidation-edit');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(council(s, '①').getByTestId('council-opinion-text')).toHaveText(edited);
    await expect(memberCard(s, TOYAMA.name).filter({ hasText: toyamaText2 }).getByTestId('member-opinion-used-in')).toHaveText('反映先: ①');

    // someone else saves ② while its dialog is open: the latest is loaded and what was typed is kept
    await council(s, '②').getByRole('button', { name: '編集' }).click();
    dialog = s.getByRole('dialog', { name: '② の編集' });
    const typed = '医療機器分野への参入企業が増え、医療現場と企業とのマッチングの場も定着してきたことは大いに評価できる。';
    await dialog.getByRole('textbox', { name: '本文' }).fill(typed);
    const theirs = '医療機器分野への参入企業が増えたことは評価できる。';
    await saveElsewhere(s, '②', theirs);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByTestId('council-conflict-latest')).toHaveText(theirs);
    await expect(dialog.getByRole('textbox', { name: '本文' })).toHaveValue(typed);
    await shot(s, 'opinions-75b-consolidation-conflict');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(council(s, '②').getByTestId('council-opinion-text')).toHaveText(typed);

    // the earlier wordings of ①
    await council(s, '①').getByRole('button', { name: '① その他の操作' }).click();
    await s.getByRole('menuitem', { name: '以前の文言' }).click();
    dialog = s.getByRole('dialog', { name: '① の以前の文言' });
    await expect(dialog.getByTestId('revision').first().getByTestId('revision-text')).toHaveText(`${second2}\n${scratch}`);
    await dialog.getByRole('button', { name: '閉じる' }).click();

    // adopt: 岩井's opinion went into ②
    await memberCard(s, IWAI.name).getByRole('button', { name: MEMBER_OPINION_EVENT_LABELS.ADOPT.ja }).click();
    await expect(memberCard(s, IWAI.name).getByTestId('member-opinion-state')).toHaveText(MEMBER_OPINION_STATE_LABELS.ADOPTED.ja);
    await shot(s, 'opinions-76-consolidation-drafts');

    // ── confirm both by written deliberation ──
    await s.getByRole('button', { name: '案をすべて選ぶ' }).click();
    await s.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.CONFIRM.ja, exact: true }).click();
    dialog = s.getByRole('dialog', { name: '主な検証意見の確定' });
    await expect(dialog.getByTestId('confirm-item')).toHaveCount(2);
    await dialog.getByLabel('確定日').fill('2020-03-19');
    await expect(dialog.getByText('令和2年3月19日（木）')).toBeVisible();
    const reference = '令和元年度第２回川崎市産業振興協議会（書面協議）';
    await dialog.getByRole('textbox', { name: '会議・書面協議' }).fill(reference);
    await shot(s, 'opinions-77-consolidation-confirm');
    await dialog.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.CONFIRM.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(councilCards(s).filter({ has: s.locator('[data-state="CONFIRMED"]') })).toHaveCount(2);
    await expect(council(s, '①').getByTestId('council-opinion-confirmed')).toHaveText(`令和2年3月19日（木） 確定（${reference}）`);
    // confirming adopted the opinions they were drawn from (遠山's were not adopted by hand); none is left unused
    for (const card of await memberCard(s, TOYAMA.name).all()) await expect(card.getByTestId('member-opinion-state')).toHaveText(MEMBER_OPINION_STATE_LABELS.ADOPTED.ja);
    await expect(s.getByTestId('unused-opinions')).toHaveCount(0);
    // confirmed: no more editing or moving
    await expect(council(s, '①').getByRole('button', { name: '編集' })).toHaveCount(0);
    await expect(council(s, '①').getByRole('button', { name: '① 下へ' })).toHaveCount(0);
    await shot(s, 'opinions-78-consolidation-confirmed');

    // reopen ② with a reason, then confirm it again
    await council(s, '②').getByRole('button', { name: '② その他の操作' }).click();
    await s.getByRole('menuitem', { name: COUNCIL_OPINION_EVENT_LABELS.REOPEN.ja }).click();
    dialog = s.getByRole('dialog', { name: '確定の取消し' });
    await dialog.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.REOPEN.ja }).click();
    await expect(dialog.getByText('理由を入力してください。')).toBeVisible();
    await dialog.getByRole('textbox', { name: '理由' }).fill('文言の確認のため');
    await dialog.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.REOPEN.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(council(s, '②')).toHaveAttribute('data-state', 'DRAFT');
    // a structural change is refused while ① is confirmed: the server's message is shown
    await council(s, '②').getByRole('button', { name: '② 上へ' }).click();
    await expect(s.getByRole('alert').filter({ hasText: message('ENTRY_HAS_CONFIRMED', 'ja') })).toBeVisible();
    await shot(s, 'opinions-78b-consolidation-refused');
    await council(s, '②').getByRole('checkbox').check();
    await s.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.CONFIRM.ja, exact: true }).click();
    dialog = s.getByRole('dialog', { name: '主な検証意見の確定' });
    await expect(dialog.getByRole('textbox', { name: '会議・書面協議' })).toHaveValue(reference);
    await dialog.getByLabel('確定日').fill('2020-03-19');
    await dialog.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.CONFIRM.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(council(s, '②')).toHaveAttribute('data-state', 'CONFIRMED');

    // the overview counts them
    await s.goto(`/consolidation${YEAR}`);
    await expect(s.getByTestId('progress-row').filter({ hasText: ENTRY }).getByTestId('council-confirmed-count')).toHaveText(`${COUNCIL_OPINION_STATE_LABELS.CONFIRMED.ja} 2`);
  });

  test('the members see where their opinions went: the numbers and the confirmed wording', async ({ page, browser }) => {
    await openMyEntry(page, TOYAMA.loginId);
    const used = myOpinions(page).filter({ hasText: toyamaText2 }).getByTestId('used-in');
    await expect(used.getByTestId('used-in-item')).toHaveCount(1);
    await expect(used).toContainText('①');
    await expect(used).toContainText('製品化までの伴走支援を強化するとともに');
    await expect(page.getByTestId('entry-council-opinions')).toContainText('②');
    await shot(page, 'opinions-79-member-used-in');

    // an entry the council settled in 2020: nothing is waited for; its sheet beside its confirmed opinions ①–④
    await page.goto(`/opinions${YEAR}`);
    const settled = page.getByTestId('my-entry-row').filter({ hasText: '起業化総合支援事業' });
    await expect(settled.getByTestId('my-entry-status')).toHaveText('とりまとめ済み');
    await settled.getByRole('link', { name: '起業化総合支援事業' }).click();
    await expect(page.getByTestId('sheet-pane').getByTestId('opinion-sheet')).toContainText('起業家支援拠点「K-NIC」の運営');
    await expect(page.getByTestId('entry-council-opinions')).toContainText('④');
    await expect(page.getByTestId('entry-council-opinions')).toContainText('起業家塾はもう少しブレイクダウンしたカリキュラム');
    // ④ is marked ※, explained by the legend
    await expect(page.getByTestId('entry-council-opinions').getByTestId('tag-legend')).toContainText('※ は新型コロナウイルス感染症を踏まえた意見'); // as the document prints it beside opinions
    await shot(page, 'opinions-79b-member-settled-entry');

    // 岩井's opinion was adopted, into both
    const iwai = await newPerson(browser);
    try {
      await openMyEntry(iwai.page, IWAI.loginId);
      const mine = myOpinions(iwai.page).first();
      await expect(mine.getByTestId('member-opinion-state')).toHaveText(MEMBER_OPINION_STATE_LABELS.ADOPTED.ja);
      await expect(mine.getByTestId('used-in').getByTestId('used-in-item')).toHaveCount(2);
    } finally {
      await iwai.context.close();
    }
  });

  test('the same draft edited in two tabs: the later save shows both texts and nothing is lost', async ({ page, browser }) => {
    const other = await newPerson(browser);
    try {
      await openMyEntry(page, TOYAMA.loginId);
      const card = await addOpinion(page, 'OTHER', '伴走支援の体制について。');
      await expectSaved(card);

      await openMyEntry(other.page, TOYAMA.loginId);
      const theirs = '伴走支援の体制について、専門家の派遣回数を増やすべきである。';
      const otherCard = myOpinions(other.page).last();
      await otherCard.getByRole('textbox', { name: '本文' }).fill(theirs);
      await expectSaved(otherCard);

      // this tab still holds the version both started from
      const mine = '伴走支援の体制について、相談窓口の周知が必要である。';
      await card.getByRole('textbox', { name: '本文' }).fill(mine);
      const conflict = card.getByTestId('opinion-conflict');
      await expect(conflict).toBeVisible({ timeout: 10_000 });
      await expect(conflict.getByTestId('conflict-theirs')).toHaveText(theirs);
      await expect(conflict.getByTestId('conflict-mine')).toHaveValue(mine);
      await shot(page, 'opinions-80-member-opinion-conflict');

      // keep both, edited together, saved on top of the latest version
      await conflict.getByTestId('conflict-mine').fill(`${theirs}\n${mine}`);
      await conflict.getByRole('button', { name: 'この内容で保存' }).click();
      await expect(conflict).toBeHidden();
      await expectSaved(card);
      await other.page.reload();
      await expect(myOpinions(other.page).last().getByRole('textbox', { name: '本文' })).toHaveValue(`${theirs}\n${mine}`);

      // clean up: the draft is deleted
      await card.getByRole('button', { name: '削除' }).click();
      await page.getByRole('dialog', { name: '意見の削除' }).getByRole('button', { name: '削除' }).click();
      await expect(myOpinions(page).filter({ hasText: mine })).toHaveCount(0);
    } finally {
      await other.context.close();
    }
  });

  test('the consolidation screens in English', async ({ page }) => {
    await signIn(page, SECRETARIAT);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Consolidation' })).toBeVisible();
    await page.goto(`/consolidation${YEAR}`);
    await expect(page.getByRole('heading', { name: 'Consolidation', level: 1 })).toBeVisible();
    await expect(page.getByTestId('opinion-deadline')).toContainText(/Opinions due|No deadline/);
    await page.getByTestId('progress-row').filter({ hasText: ENTRY }).getByRole('link', { name: ENTRY }).click();
    await expect(page.getByRole('heading', { name: 'Members’ opinions' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Council opinions' })).toBeVisible();
    await shot(page, 'opinions-81-consolidation-en');
  });
});
