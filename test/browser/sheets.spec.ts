import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { PRECONDITION_LABELS, SHEET_EVENT_LABELS, SHEET_STATE_LABELS } from '../../libs/domain/src/index';
import { ACCOUNTS, choose, shot, signInToOverview } from './helpers';

/**
 * The Do step in the browser: the department drafts its verification sheet (autosaved, kept in the
 * browser while the server cannot have it), submits it; the secretariat returns it with a comment and
 * later accepts it; a member reads it with its indicator chart. And two people editing the same draft:
 * the later save shows both texts to merge. Runs on the FY2020 demo cycle (phase DO, the default), where
 * 工業振興課's four sheets are empty drafts.
 */
const ENTRY = '内陸部操業環境保全対策事業';
const nav = (page: Page) => page.getByRole('navigation', { name: 'メニュー' });
const status = (page: Page) => page.getByTestId('save-status');
const sheetRow = (page: Page, name = ENTRY) => page.getByTestId('sheet-row').filter({ hasText: name });

async function openMySheet(page: Page, loginId: string = ACCOUNTS.staff.loginId): Promise<void> {
  await signInToOverview(page, loginId);
  await nav(page).getByRole('link', { name: '施策検証シート' }).click();
  await expect(page.getByRole('heading', { name: '施策検証シート', level: 1 })).toBeVisible();
  await sheetRow(page).getByRole('link', { name: ENTRY }).click();
  await expect(page.getByTestId('sheet-title')).toHaveText(ENTRY);
}

/** The autosave has sent everything typed. */
async function expectSaved(page: Page): Promise<void> {
  await expect(status(page)).toHaveAttribute('data-status', 'saved', { timeout: 10_000 });
}

/** A second signed-in person in the same browser: a context of its own, with the project's settings. */
async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const use = test.info().project.use;
  const context = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId, viewport: use.viewport });
  return { context, page: await context.newPage() };
}

const assessment = (page: Page) => page.getByRole('textbox', { name: '所管課の評価' });

test.describe('verification sheets', () => {
  // two or three people at once, each signing in through the form
  test.describe.configure({ timeout: 90_000 });

  test('two people edit the same draft: the later save shows both texts, and both can be kept', async ({ page, browser }) => {
    const other = await newPerson(browser);
    try {
      await openMySheet(page);
      await openMySheet(other.page);
      await expectSaved(page);
      await expectSaved(other.page);

      // the first person saves
      const theirs = '地域の操業環境について、工場周辺の住民との調整を進めた。';
      await assessment(other.page).fill(theirs);
      await expectSaved(other.page);

      // the second person, still on the version both started from, types and the save meets a CONFLICT
      const mine = '騒音・振動対策の助成により、操業環境の改善が図られた。';
      await assessment(page).fill(mine);
      const panel = page.getByTestId('conflict-panel');
      await expect(panel).toBeVisible({ timeout: 10_000 });
      await expect(panel.getByRole('alert')).toContainText('他の人が先に保存しました');
      await expect(panel.getByRole('alert')).toContainText('工業振興課 担当');
      const section = panel.getByRole('region', { name: '所管課の評価' });
      await expect(section.getByTestId('conflict-theirs')).toHaveText(theirs);
      await expect(section.getByTestId('conflict-mine')).toHaveText(mine);
      await expect(panel.getByRole('button', { name: '選んだ内容で保存' })).toBeDisabled();
      await shot(page, '60-sheet-conflict');

      // keep both; saved on top of the latest version
      await section.getByLabel('両方を残す').check();
      await panel.getByRole('button', { name: '選んだ内容で保存' }).click();
      await expect(panel).toBeHidden();
      await expectSaved(page);
      await expect(assessment(page)).toHaveValue(`${theirs}\n\n${mine}`);

      // the first person sees both after a reload: nothing was overwritten
      await other.page.reload();
      await expect(assessment(other.page)).toHaveValue(`${theirs}\n\n${mine}`);
    } finally {
      await other.context.close();
    }
  });

  test('what could not be saved stays in the browser and is restored after a reload', async ({ page }) => {
    await openMySheet(page);
    await expectSaved(page);
    // the server cannot be reached: saves fail like a dropped connection
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('SaveSheet') ? route.abort('internetdisconnected') : route.continue()));
    const text = '（接続が切れている間の入力）夜間操業の実態調査を行った。';
    await page.getByRole('textbox', { name: '備考', exact: true }).fill(text);
    await expect(status(page)).toHaveAttribute('data-status', 'offline', { timeout: 10_000 });
    await expect(status(page)).toContainText('入力はこのブラウザーに保存され');
    await shot(page, '61-sheet-offline');

    // a reload while the server still cannot be reached: the typed text comes back from the browser
    await page.reload();
    await expect(page.getByText('保存されていなかった入力を、このブラウザーから復元しました。')).toBeVisible();
    await expect(page.getByRole('textbox', { name: '備考', exact: true })).toHaveValue(text);
    await expect(status(page)).toHaveAttribute('data-status', 'offline', { timeout: 10_000 });
    // the connection is back: the waiting draft is sent by itself
    await page.unroute('**/graphql');
    await expectSaved(page);
    // saved on the server: another reload shows it without restoring anything
    await page.reload();
    await expect(page.getByRole('textbox', { name: '備考', exact: true })).toHaveValue(text);
    await expect(page.getByText('保存されていなかった入力を、このブラウザーから復元しました。')).toHaveCount(0);
  });

  test('staff draft and submit, the secretariat returns, staff fix and resubmit, the secretariat accepts, a member reads', async ({ page, browser }) => {
    test.setTimeout(240_000);
    // ── staff: my sheets ──
    await signInToOverview(page, ACCOUNTS.staff.loginId);
    await nav(page).getByRole('link', { name: '施策検証シート' }).click();
    await expect(page.getByTestId('sheet-deadline')).toHaveText('提出期限: 令和3年1月29日（金）');
    await expect(sheetRow(page)).toContainText(SHEET_STATE_LABELS.DRAFT.ja);
    await expect(sheetRow(page)).toContainText(/令和\d+年\d+月\d+日/);
    // only the department's own entries
    await expect(page.getByTestId('sheet-row')).toHaveCount(4);
    await shot(page, '62-my-sheets');

    await sheetRow(page).getByRole('link', { name: ENTRY }).click();
    await expect(page.getByTestId('sheet-title')).toHaveText(ENTRY);
    await expectSaved(page);
    // nothing to submit yet: the server offers SUBMIT with its failed precondition, shown by its label
    const submit = page.getByRole('button', { name: SHEET_EVENT_LABELS.SUBMIT.ja });
    await expect(submit).toBeDisabled();
    await expect(page.getByTestId('failed-preconditions')).toContainText(PRECONDITION_LABELS.SHEET_HAS_ITEMS!.ja);

    // ── the structured editor: an item with bullets and a table ──
    await page.getByRole('button', { name: '項目を追加' }).click();
    const item = page.getByTestId('item-editor').last();
    await item.getByLabel('見出し').fill('操業環境保全対策助成');
    await item.getByLabel('本文').fill('工場の操業環境の保全に向けた設備投資を支援した。');
    await item.getByRole('button', { name: '箇条書きを追加' }).click();
    await item.getByRole('textbox', { name: '箇条書き 1' }).fill('防音・防振設備の導入を支援');
    await item.getByRole('button', { name: '表を追加' }).click();
    await item.getByRole('button', { name: '列を追加' }).click();
    await item.getByRole('button', { name: '行を追加' }).click();
    const cells = ['区分', '件数', '金額', '防音', '3件', '900万円', '防振', '2件', '600万円'];
    for (const [i, value] of cells.entries())
      await item.getByRole('textbox', { name: `${Math.floor(i / 3) + 1}行${(i % 3) + 1}列` }).fill(value);
    await item.getByRole('button', { name: '3行目を削除' }).click();
    await expect(item.getByRole('textbox', { name: '3行1列' })).toHaveCount(0);

    // ── the indicator grid: years are the cycle's and the nine before it ──
    await page.getByRole('button', { name: '指標を追加' }).click();
    const indicator = page.getByTestId('indicator-row').last();
    await indicator.getByRole('textbox', { name: '指標名 1' }).fill('助成件数');
    await indicator.getByRole('textbox', { name: '単位 1' }).fill('件');
    await indicator.getByRole('textbox', { name: '助成件数 2019年度の値' }).fill('4');
    await indicator.getByRole('textbox', { name: '助成件数 2020年度の値' }).fill('abc');
    await expect(indicator.getByText('数値を入力してください。')).toBeVisible();
    await expect(status(page)).toHaveAttribute('data-status', 'invalid', { timeout: 10_000 });
    await indicator.getByRole('textbox', { name: '助成件数 2020年度の値' }).fill('5');
    await page.getByRole('combobox', { name: '表示する最初の年度' }).click();
    await expect(page.getByRole('option', { name: '平成23年度（2011年度）' })).toBeVisible();
    await expect(page.getByRole('option')).toHaveCount(10);
    await page.keyboard.press('Escape');
    await assessment(page).fill('助成制度の周知により、申請件数が増加した。');

    // autosaved; the server now offers to submit
    await expectSaved(page);
    await expect(submit).toBeEnabled();
    await expect(page.getByTestId('failed-preconditions')).toHaveCount(0);
    await shot(page, '63-sheet-editor');

    // saved on the server, not just on screen
    await page.reload();
    await expect(page.getByTestId('item-editor').last().getByLabel('見出し')).toHaveValue('操業環境保全対策助成');
    await expect(page.getByRole('textbox', { name: '助成件数 2020年度の値' })).toHaveValue('5');

    // ── the print preview ──
    await page.getByRole('tab', { name: '印刷プレビュー' }).click();
    const print = page.getByTestId('sheet-print');
    await expect(print).toContainText('(1) 操業環境保全対策助成');
    await expect(print).toContainText('・防音・防振設備の導入を支援');
    await expect(print.getByTestId('print-indicators')).toContainText('5件');
    await shot(page, '64-sheet-preview');

    // ── attachments: upload, refuse, delete ──
    await page.getByRole('tab', { name: '関連資料' }).click();
    const input = page.getByTestId('attachment-input');
    await input.setInputFiles({ name: '助成実績一覧.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n') });
    await expect(page.getByTestId('attachment-row').filter({ hasText: '助成実績一覧.pdf' })).toBeVisible();
    const attachments = page.getByRole('region', { name: '関連資料' });
    const fileType = 'PDF、Excel、Word、画像（PNG・JPEG・GIF）のファイルを選んでください。';
    await expect(attachments.getByRole('alert')).toHaveCount(0);
    // a file that only claims to be a PDF: the server refuses it, and its message is shown
    await input.setInputFiles({ name: '偽物.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
    await expect(attachments.getByRole('alert')).toContainText(fileType);
    await input.setInputFiles({ name: '削除する資料.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await expect(page.getByTestId('attachment-row')).toHaveCount(2);
    await expect(attachments.getByRole('alert')).toHaveCount(0);
    // a kind the server would refuse anyway is refused before uploading
    await input.setInputFiles({ name: 'メモ.txt', mimeType: 'text/plain', buffer: Buffer.from('memo') });
    await expect(attachments.getByRole('alert')).toContainText(fileType);
    await expect(page.getByTestId('attachment-row')).toHaveCount(2);
    await shot(page, '65-sheet-attachments');
    const download = page.waitForEvent('download');
    await page.getByTestId('attachment-row').filter({ hasText: '助成実績一覧.pdf' }).getByRole('link', { name: '助成実績一覧.pdf', exact: true }).click();
    expect((await download).suggestedFilename()).toBe('助成実績一覧.pdf');
    await page.getByRole('button', { name: '削除 削除する資料.pdf' }).click();
    await page.getByRole('dialog', { name: '関連資料の削除' }).getByRole('button', { name: '削除' }).click();
    await expect(page.getByTestId('attachment-row')).toHaveCount(1);

    // ── submit ──
    await submit.click();
    const submitDialog = page.getByRole('dialog', { name: 'シートの提出' });
    await submitDialog.getByRole('button', { name: SHEET_EVENT_LABELS.SUBMIT.ja }).click();
    await expect(submitDialog).toBeHidden();
    await expect(page.getByTestId('sheet-state').first()).toHaveText(SHEET_STATE_LABELS.SUBMITTED.ja);
    await expect(page.getByTestId('sheet-editor')).toHaveCount(0);
    await expect(submit).toHaveCount(0);

    // ── the secretariat: review queue, return with a comment ──
    const secretariat = await newPerson(browser);
    const sp = secretariat.page;
    await signInToOverview(sp, ACCOUNTS.secretariat.loginId);
    await nav(sp).getByRole('link', { name: 'シート審査' }).click();
    await expect(sp.getByRole('heading', { name: 'シート審査', level: 1 })).toBeVisible();
    await expect(sp.getByTestId('progress-SUBMITTED')).toHaveText(`${SHEET_STATE_LABELS.SUBMITTED.ja}1`);
    await expect(sp.getByTestId('sheet-row')).toHaveCount(1);
    await expect(sheetRow(sp)).toContainText('工業振興課');
    await shot(sp, '66-review-queue');
    // filters: by department and state
    await sp.getByRole('button', { name: 'すべて', exact: true }).click();
    await expect(sp.getByTestId('sheet-row')).toHaveCount(14);
    await choose(sp, sp.getByRole('combobox', { name: '所管課' }), '工業振興課');
    await expect(sp.getByTestId('sheet-row')).toHaveCount(4);

    await sheetRow(sp).getByRole('link', { name: ENTRY }).click();
    await expect(sp.getByTestId('sheet-title')).toHaveText(ENTRY);
    await expect(sp.getByTestId('indicator-chart')).toHaveCount(1);
    await sp.getByRole('button', { name: SHEET_EVENT_LABELS.RETURN.ja }).click();
    const returnDialog = sp.getByRole('dialog', { name: 'シートの差戻し' });
    await returnDialog.getByRole('button', { name: SHEET_EVENT_LABELS.RETURN.ja }).click();
    await expect(returnDialog.getByText('コメント（理由）を入力してください。')).toBeVisible();
    const returnComment = '助成件数の2020年度の値を、決算の数値で確認してください。';
    await returnDialog.getByLabel('コメント').fill(returnComment);
    await shot(sp, '67-return-dialog');
    await returnDialog.getByRole('button', { name: SHEET_EVENT_LABELS.RETURN.ja }).click();
    await expect(returnDialog).toBeHidden();
    await expect(sp.getByTestId('sheet-state').first()).toHaveText(SHEET_STATE_LABELS.RETURNED.ja);
    // and a word in the thread
    await sp.getByRole('tab', { name: 'コメント' }).click();
    await sp.getByRole('textbox', { name: 'コメント' }).fill('決算の数値は財政課に確認できます。');
    await sp.getByRole('button', { name: '投稿する' }).click();
    await expect(sp.getByTestId('sheet-comment')).toHaveCount(1);

    // ── staff: sees the comment, fixes, resubmits ──
    await page.reload();
    await expect(page.getByTestId('returned-notice')).toContainText(returnComment);
    await expect(page.getByTestId('returned-notice')).toContainText('産業政策課 事務局');
    await shot(page, '68-returned');
    await page.getByRole('tab', { name: 'コメント' }).click();
    await expect(page.getByTestId('sheet-comment')).toContainText('決算の数値は財政課に確認できます。');
    await page.getByRole('tab', { name: '編集' }).click();
    await page.getByRole('textbox', { name: '助成件数 2020年度の値' }).fill('6');
    await expectSaved(page);
    await page.getByRole('button', { name: SHEET_EVENT_LABELS.SUBMIT.ja }).click();
    await page.getByRole('dialog', { name: 'シートの提出' }).getByRole('button', { name: SHEET_EVENT_LABELS.SUBMIT.ja }).click();
    await expect(page.getByTestId('sheet-state').first()).toHaveText(SHEET_STATE_LABELS.SUBMITTED.ja);

    // history: every transition with who, when and the comment; a readable diff between versions
    await page.getByRole('tab', { name: '履歴' }).click();
    const transitions = page.getByTestId('transition-row');
    await expect(transitions).toHaveCount(3);
    await expect(transitions.nth(1)).toContainText(SHEET_EVENT_LABELS.RETURN.ja);
    await expect(transitions.nth(1)).toContainText(returnComment);
    await expect(transitions.nth(1)).toContainText('産業政策課 事務局');
    await expect(transitions.nth(1)).toContainText(/令和\d+年\d+月\d+日（.）/);
    const diff = page.getByTestId('version-diff');
    await expect(diff.locator('[data-diff="removed"]').filter({ hasText: '2020年度 5' })).toHaveCount(1);
    await expect(diff.locator('[data-diff="added"]').filter({ hasText: '2020年度 6' })).toHaveCount(1);
    await shot(page, '69-history');

    // ── the secretariat accepts from the queue ──
    await nav(sp).getByRole('link', { name: 'シート審査' }).click();
    await expect(sp.getByTestId('sheet-row')).toHaveCount(1);
    await sheetRow(sp).getByRole('button', { name: SHEET_EVENT_LABELS.ACCEPT.ja }).click();
    await sp.getByRole('dialog', { name: 'シートの受理' }).getByRole('button', { name: SHEET_EVENT_LABELS.ACCEPT.ja }).click();
    await expect(sp.getByText(`「${SHEET_STATE_LABELS.ACCEPTED.ja}」にしました。`)).toBeVisible();
    await expect(sp.getByTestId('progress-SUBMITTED')).toHaveText(`${SHEET_STATE_LABELS.SUBMITTED.ja}0`);
    await expect(sp.getByTestId('progress-ACCEPTED')).toHaveText(`${SHEET_STATE_LABELS.ACCEPTED.ja}1`);
    await secretariat.context.close();

    // ── a member reads it, with the chart of its indicator ──
    const member = await newPerson(browser);
    const mp = member.page;
    await signInToOverview(mp, ACCOUNTS.member.loginId);
    await nav(mp).getByRole('link', { name: '施策検証シート' }).click();
    await expect(sheetRow(mp)).toContainText(SHEET_STATE_LABELS.ACCEPTED.ja);
    // only what the API lets a member read: submitted or accepted sheets
    await expect(mp.getByTestId('sheet-state').filter({ hasText: SHEET_STATE_LABELS.DRAFT.ja })).toHaveCount(0);
    await shot(mp, '70-member-list');
    await sheetRow(mp).getByRole('link', { name: ENTRY }).click();
    const chart = mp.getByTestId('indicator-chart');
    await expect(chart).toHaveCount(1);
    await expect(chart).toContainText('助成件数（件）');
    await expect(chart.locator('svg').first()).toBeVisible();
    await expect(chart).toContainText('2020年度');
    await expect(mp.getByTestId('sheet-print')).toContainText('操業環境保全対策助成');
    await expect(mp.getByTestId('sheet-editor')).toHaveCount(0);
    await expect(mp.getByTestId('sheet-actions')).toHaveCount(0);
    await expect(mp.getByRole('tab', { name: 'コメント' })).toHaveCount(0);
    await shot(mp, '71-member-sheet');
    await member.context.close();
  });

  test('the secretariat reopens an accepted sheet with a reason and marks it with a tag of the cycle', async ({ page }) => {
    // the sheet accepted by the journey above (FY2020 has no other accepted sheet)
    const name = ENTRY;
    await signInToOverview(page, ACCOUNTS.secretariat.loginId);
    await nav(page).getByRole('link', { name: 'シート審査' }).click();
    await page.getByRole('button', { name: SHEET_STATE_LABELS.ACCEPTED.ja, exact: true }).click();
    await sheetRow(page, name).getByRole('link', { name }).click();
    await expect(page.getByTestId('sheet-title')).toHaveText(name);
    await page.getByRole('button', { name: SHEET_EVENT_LABELS.REOPEN.ja }).click();
    const dialog = page.getByRole('dialog', { name: '受理の取消し' });
    await dialog.getByRole('button', { name: SHEET_EVENT_LABELS.REOPEN.ja }).click();
    await expect(dialog.getByText('理由を入力してください。')).toBeVisible();
    await dialog.getByLabel('理由').fill('夜間操業の調査結果を追記するため');
    await dialog.getByRole('button', { name: SHEET_EVENT_LABELS.REOPEN.ja }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('sheet-state').first()).toHaveText(SHEET_STATE_LABELS.RETURNED.ja);
    await expect(page.getByTestId('returned-notice')).toContainText('夜間操業の調査結果を追記するため');

    // tags: the cycle's, with their legend, which then prints under the sheet
    await expect(page.getByTestId('print-legend')).toHaveCount(0);
    await page.getByRole('button', { name: 'タグを設定' }).click();
    const tags = page.getByRole('dialog', { name: 'タグの設定' });
    await expect(tags).toContainText('※ は新型コロナウイルス感染症を踏まえた意見');
    await tags.getByRole('checkbox', { name: /新型コロナ/ }).check();
    await tags.getByRole('button', { name: '保存' }).click();
    await expect(tags).toBeHidden();
    await expect(page.getByTestId('sheet-tags')).toContainText('※ 新型コロナ');
    await expect(page.getByTestId('print-legend')).toContainText('※ は新型コロナウイルス感染症を踏まえた意見');
    await expect(page.getByTestId('sheet-print').getByRole('heading', { level: 2 })).toHaveText(`${name}※`);
    await shot(page, '72-reopened-tagged');
  });
});
