import { expect, test, type Page } from '@playwright/test';
import { COUNCIL_OPINION_EVENT_LABELS, MEMBER_OPINION_STATE_LABELS } from '@kensho/domain';
import { ACCOUNTS, shot, signInToHome } from './helpers';

/**
 * Confirming council opinions adopts the member opinions they were drawn from; the page then offers to note
 * the submitted ones no council opinion used (issue 9). Runs last: it settles FY2019's 内陸部操業環境保全対策事業.
 */
const ENTRY = '内陸部操業環境保全対策事業';
const USED = '騒音対策の相談件数の推移を示すとよい。';
const UNUSED = '近隣住民への説明会の参加者数も記録するとよい。';

/** The GraphQL API with the page's session. */
async function api(page: Page, query: string, variables: Record<string, unknown> = {}) {
  const res = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  const body = (await res.json()) as { data: any; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function entryId(page: Page): Promise<string> {
  const { cycles } = await api(page, '{ cycles { id fiscalYear } }');
  const cycleId = cycles.find((c: { fiscalYear: number }) => c.fiscalYear === 2019).id;
  const { cycle } = await api(page, 'query($id: ID!) { cycle(id: $id) { projects { id name } } }', { id: cycleId });
  return cycle.projects.find((p: { name: string }) => p.name === ENTRY).id;
}

test('confirming adopts the opinions drawn from; the one no council opinion used is noted from the notice', async ({ page, browser }) => {
  // 遠山 submits two opinions on the entry (through the API: the member screens have their own tests)
  const use = test.info().project.use;
  const member = await browser.newContext({ baseURL: use.baseURL, locale: use.locale, timezoneId: use.timezoneId });
  const m = await member.newPage();
  await signInToHome(m, ACCOUNTS.member.loginId);
  const projectId = await entryId(m);
  const ids: string[] = [];
  for (const text of [USED, UNUSED]) {
    const { createMemberOpinion: o } = await api(m, 'mutation($input: CreateMemberOpinionInput!) { createMemberOpinion(input: $input) { id version } }', {
      input: { projectId, kind: 'IMPROVEMENT', text },
    });
    await api(m, 'mutation($input: MemberOpinionTransitionInput!) { submitMemberOpinion(input: $input) { id } }', { input: { id: o.id, version: o.version } });
    ids.push(o.id);
  }
  await member.close();

  // the secretariat drew ① from the first, then confirms it on the page
  await signInToHome(page, ACCOUNTS.secretariat.loginId);
  await api(page, 'mutation($input: CreateCouncilOpinionInput!) { createCouncilOpinion(input: $input) { id } }', {
    input: { projectId, text: '騒音対策の相談件数の推移を示すこと。', memberOpinionIds: [ids[0]] },
  });
  await page.goto(`/consolidation/${projectId}?year=2019`);
  const card = (text: string) => page.getByTestId('member-opinion').filter({ hasText: text });
  await expect(card(USED).getByTestId('member-opinion-state')).toHaveText(MEMBER_OPINION_STATE_LABELS.SUBMITTED.ja);
  await expect(page.getByTestId('unused-opinions')).toHaveCount(0); // nothing is confirmed yet
  await page.getByRole('button', { name: '案をすべて選ぶ' }).click();
  await page.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.CONFIRM.ja, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '主な検証意見の確定' });
  await expect(dialog).toContainText('もとになった委員の意見は「採用」になります。');
  await dialog.getByLabel('確定日').fill('2020-03-19');
  await dialog.getByRole('textbox', { name: '会議・書面協議' }).fill('令和元年度第２回川崎市産業振興協議会（書面協議）');
  await dialog.getByRole('button', { name: COUNCIL_OPINION_EVENT_LABELS.CONFIRM.ja }).click();
  await expect(dialog).toBeHidden();

  await expect(card(USED).getByTestId('member-opinion-state')).toHaveText(MEMBER_OPINION_STATE_LABELS.ADOPTED.ja);
  const notice = page.getByTestId('unused-opinions');
  await expect(notice).toContainText('どの主な検証意見にも使われていない委員の意見が1件あります。');
  await shot(page, 'opinions-90-unused-notice');
  await notice.getByRole('button', { name: '1件を参考とする' }).click();
  await expect(card(UNUSED).getByTestId('member-opinion-state')).toHaveText(MEMBER_OPINION_STATE_LABELS.NOTED.ja);
  await expect(notice).toHaveCount(0);
});
