import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { RESPONSE_EVENT_LABELS, RESPONSE_STATE_LABELS } from '@kensho/domain';
import { ACCOUNTS, choose, shot, signIn } from './helpers';

/**
 * The Action step in the browser, on the FY2019 demo cycle (phase CHECK, ?year=2019). The secretariat first
 * confirms two council opinions on an entry of 工業振興課 that has none (through the API, as the
 * consolidation screen would); kogyo answers both with one response and submits it; the secretariat
 * returns it with a comment; kogyo revises it in place (autosaved) and resubmits; the secretariat approves it from the diff view.
 * Then a member reads an entry's Check and Action side by side, at 1440 and at 390 px.
 */
const YEAR = '?year=2019';
const DEPARTMENT = '工業振興課';
const FIRST = '操業環境の保全に向けて、設備投資への支援を継続されたい。';
const SECOND = '夜間操業の実態を把握し、周辺住民との調整を図られたい。';
const TEXT = '令和２年度も操業環境保全対策助成を継続し、夜間操業の実態調査を実施する。';
const REVISED = '令和２年度も操業環境保全対策助成を継続するとともに、夜間操業の実態調査を行い、周辺住民との意見交換会を開催する。';
const RETURN_COMMENT = '周辺住民との調整について、具体的な取組を記載してください。';

async function api(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const res = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await res.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, viewport: use.viewport });
  return { context, page: await context.newPage() };
}

/** The page scrolls only up and down. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

const row = (page: Page, marks: string) => page.locator(`[data-testid="check-action-row"][data-marks="${marks}"]`);
const queueRow = (page: Page, marks: string) => page.locator(`[data-testid="queue-row"][data-marks="${marks}"]`);

test.describe.serial('responses (対応)', () => {
  test.describe.configure({ timeout: 240_000 });
  let entryName = '';
  let entryId = '';

  test('staff answer two opinions with one response; the secretariat returns it, then approves the revision from the diff view', async ({ page, browser }) => {
    // ── the secretariat confirms two council opinions on an entry of 工業振興課 that has none ──
    const secretariat = await newPerson(browser);
    const sp = secretariat.page;
    await signIn(sp, ACCOUNTS.secretariat.loginId);
    await expect(sp.getByRole('navigation', { name: 'メニュー' })).toBeVisible();
    const { cycles } = await api(sp, '{ cycles { id fiscalYear } }');
    const cycleId = cycles.find((c: { fiscalYear: number }) => c.fiscalYear === 2019).id;
    const { cycle } = await api(sp, 'query($id: ID!) { cycle(id: $id) { projects { id name verifiedWithId department { name } councilOpinions { id } } } }', { id: cycleId });
    const entry = cycle.projects.find((p: any) => !p.verifiedWithId && p.department?.name === DEPARTMENT && p.councilOpinions.length === 0);
    expect(entry).toBeTruthy();
    ({ name: entryName, id: entryId } = entry);
    const created = [];
    for (const text of [FIRST, SECOND])
      created.push((await api(sp, 'mutation($input: CreateCouncilOpinionInput!) { createCouncilOpinion(input: $input) { id version } }', { input: { projectId: entryId, text } })).createCouncilOpinion);
    await api(sp, 'mutation($input: ConfirmCouncilOpinionsInput!) { confirmCouncilOpinions(input: $input) { id } }', {
      input: { opinions: created.map((o: { id: string; version: number }) => ({ id: o.id, version: o.version })), confirmedOn: '2020-03-19', confirmedBy: '書面協議' },
    });

    // ── staff: the entry's opinions, two selected (one by keyboard), answered with one response ──
    await signIn(page, ACCOUNTS.staff.loginId);
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '対応' }).click();
    await page.goto(`/responses${YEAR}`);
    await expect(page.getByTestId('response-entry-row').first()).toBeVisible();
    await page.getByRole('link', { name: entryName }).click();
    await expect(page.getByTestId('entry-title')).toHaveText(entryName);
    await expect(page.getByTestId('council-opinion')).toHaveCount(2);
    await page.getByRole('checkbox', { name: '① を選択' }).check();
    await page.getByRole('checkbox', { name: '② を選択' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('checkbox', { name: '② を選択' })).toBeChecked();
    await page.getByRole('button', { name: /選択した意見に対応を作成/ }).click();
    const form = page.getByRole('dialog', { name: '対応の作成' });
    await expect(form.getByTestId('form-opinions')).toContainText('①・②');
    await form.getByRole('textbox', { name: '対応の内容' }).fill(TEXT);
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.getByText('入力してください').first()).toBeVisible();
    await choose(page, form.getByRole('combobox', { name: '対応区分' }), '対応困難');
    await expect(form.getByRole('textbox', { name: '対応困難の理由' })).toBeVisible();
    await choose(page, form.getByRole('combobox', { name: '対応区分' }), '対応予定');
    await shot(page, 'responses-80-create');
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toBeHidden();
    const response = row(page, '①・②').getByTestId('response');
    await expect(response).toHaveAttribute('data-state', 'DRAFT');
    // a draft is edited in place
    const text = response.getByRole('textbox', { name: '①・② 対応の内容' });
    await expect(text).toHaveValue(TEXT);
    await expect(response.getByTestId('response-category')).toHaveText('対応予定');
    await expect(page.getByTestId('progress-answered')).toContainText('2');
    await shot(page, 'responses-81-grid-draft');

    await response.getByRole('button', { name: RESPONSE_EVENT_LABELS.SUBMIT.ja, exact: true }).click();
    let dialog = page.getByRole('dialog', { name: '対応の提出' });
    await dialog.getByRole('button', { name: RESPONSE_EVENT_LABELS.SUBMIT.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(response).toHaveAttribute('data-state', 'SUBMITTED');

    // ── the secretariat returns it with a comment ──
    await sp.goto(`/responses/review${YEAR}`);
    await expect(sp.getByRole('heading', { name: '対応の承認', level: 1 })).toBeVisible();
    const queued = queueRow(sp, '①・②').filter({ hasText: entryName });
    await expect(queued).toHaveCount(1);
    await shot(sp, 'responses-82-queue');
    await queued.getByRole('button', { name: RESPONSE_EVENT_LABELS.RETURN.ja }).click();
    dialog = sp.getByRole('dialog', { name: '対応の差戻し' });
    await dialog.getByRole('button', { name: RESPONSE_EVENT_LABELS.RETURN.ja }).click();
    await expect(dialog.getByText('コメント（理由）を入力してください。')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'コメント' }).fill(RETURN_COMMENT);
    await dialog.getByRole('button', { name: RESPONSE_EVENT_LABELS.RETURN.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(queued).toHaveCount(0);

    // ── staff: sees the comment, revises, resubmits ──
    await page.reload();
    await expect(response).toHaveAttribute('data-state', 'RETURNED');
    await expect(response.getByTestId('response-returned')).toContainText(RETURN_COMMENT);
    // revised in place: saved a moment after typing stops, there after a reload
    await text.fill(REVISED);
    await expect(response.getByTestId('autosave-status')).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
    await page.reload();
    await expect(text).toHaveValue(REVISED);
    await shot(page, 'responses-81b-returned-editing');
    await response.getByRole('button', { name: RESPONSE_EVENT_LABELS.SUBMIT.ja, exact: true }).click();
    dialog = page.getByRole('dialog', { name: '対応の提出' });
    await dialog.getByRole('button', { name: RESPONSE_EVENT_LABELS.SUBMIT.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(response).toHaveAttribute('data-state', 'SUBMITTED');
    // the history: every transition with who and the comment
    await response.getByRole('button', { name: '履歴' }).click();
    const history = page.getByRole('dialog', { name: '①・② への対応の履歴' });
    await expect(history.getByTestId('transition-row')).toHaveCount(3);
    await expect(history.getByTestId('transition-row').nth(1)).toContainText(RETURN_COMMENT);
    await expect(history.getByTestId('transition-row').nth(1)).toContainText('産業政策課 事務局');
    await history.getByRole('button', { name: '閉じる' }).click();

    // ── the secretariat approves it from the diff view ──
    await sp.reload();
    await expect(queued).toHaveCount(1);
    await queued.getByRole('button', { name: `${entryName} ①・② 差分` }).click();
    const diff = sp.getByRole('dialog', { name: /差し戻した版との比較/ });
    await expect(diff.getByTestId('diff-left')).toContainText(TEXT.slice(0, 10));
    await expect(diff.getByTestId('diff-right').locator('ins').first()).toBeVisible();
    await expect(diff.getByTestId('diff-left').locator('del').first()).toBeVisible();
    await shot(sp, 'responses-83-diff');
    await diff.getByRole('button', { name: RESPONSE_EVENT_LABELS.APPROVE.ja }).click();
    dialog = sp.getByRole('dialog', { name: '対応の承認' });
    await dialog.getByRole('button', { name: RESPONSE_EVENT_LABELS.APPROVE.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(sp.getByText(`「${RESPONSE_STATE_LABELS.APPROVED.ja}」にしました。`)).toBeVisible();
    // approved, it leaves the queue of submitted responses, and its diff view closes with it
    await expect(diff).toBeHidden();
    await expect(queued).toHaveCount(0);
    await secretariat.context.close();

    await page.reload();
    await expect(response).toHaveAttribute('data-state', 'APPROVED');
    await expect(response.getByTestId('response-text')).toHaveText(REVISED);
    await expect(page.getByTestId('progress-approved')).toContainText('2');
  });

  test('everyone reads an entry’s Check and Action side by side, numbered as in the seed; at 390 px too', async ({ page }) => {
    await signIn(page, ACCOUNTS.member.loginId);
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '対応' }).click();
    await page.goto(`/responses${YEAR}`);
    await expect(page.getByTestId('response-entry-row').first()).toBeVisible();
    await shot(page, 'responses-84-entries');
    await page.getByTestId('response-entry-row').first().getByRole('link').click();
    const rows = page.getByTestId('check-action-row');
    await expect(rows.first()).toBeVisible();
    const first = rows.first();
    await expect(first.getByTestId('check-cell').getByTestId('council-opinion').first()).toHaveAttribute('data-mark', '①');
    await expect(first.getByTestId('action-cell').getByTestId('response')).toHaveAttribute('data-state', 'APPROVED');
    await expect(first.getByTestId('action-cell').getByTestId('response-category')).toHaveText('未分類');
    // the legends as the document prints them: beside the opinions, and beside the responses
    await expect(page.getByTestId('response-legends')).toContainText('※ は新型コロナウイルス感染症を踏まえた意見');
    await expect(page.getByTestId('response-legends')).toContainText('※ は新型コロナウイルス感染症を踏まえた対応');
    // side by side: the response to the right of its opinions
    const check = await first.getByTestId('check-cell').boundingBox();
    const action = await first.getByTestId('action-cell').boundingBox();
    expect(action!.x).toBeGreaterThan(check!.x + check!.width - 2);
    // members read approved responses only, and may change nothing
    await expect(page.getByRole('button', { name: /選択した意見に対応を作成|提出する/ })).toHaveCount(0);
    await expect(page.getByTestId('response-editor')).toHaveCount(0);
    await shot(page, 'responses-85-entry-1440');
    // the grid exports to .xlsx with the columns on screen
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excelに出力' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^対応_.+\.xlsx$/);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    await page.setViewportSize({ width: 390, height: 844 });
    await expect(rows.first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    const narrowCheck = await first.getByTestId('check-cell').boundingBox();
    const narrowAction = await first.getByTestId('action-cell').boundingBox();
    expect(narrowAction!.y).toBeGreaterThan(narrowCheck!.y);
    await shot(page, 'responses-86-entry-390');
    await page.goto(`/responses${YEAR}`);
    await expect(page.getByTestId('response-entry-row').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await shot(page, 'responses-87-entries-390');
  });

  test('the secretariat’s queue at 390 px: the table scrolls in its own box', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page, ACCOUNTS.secretariat.loginId);
    // on a phone the menu opens from its button
    await page.getByRole('button', { name: 'メニューを開く' }).click();
    await page.getByRole('navigation', { name: 'メニュー' }).getByRole('link', { name: '対応の承認' }).click();
    await expect(page.getByRole('heading', { name: '対応の承認', level: 1 })).toBeVisible();
    await page.goto(`/responses/review${YEAR}&states=APPROVED`);
    await expect(page.getByTestId('queue-row').first()).toBeVisible();
    await expectNoSidewaysScroll(page);
    await shot(page, 'responses-88-queue-390');
    if (entryId) {
      await page.goto(`/responses/${entryId}${YEAR}`);
      await expect(page.getByTestId('check-action-row').first()).toBeVisible();
      await expectNoSidewaysScroll(page);
      await shot(page, 'responses-89-grid-390');
    }
  });
});
