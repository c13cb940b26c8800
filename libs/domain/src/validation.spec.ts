import { LIMITS, REQUEST_BODY_BYTES } from './validation';

/** Japanese text of n characters (3 bytes each in UTF-8). */
const ja = (n: number) => '検証'.repeat(Math.ceil(n / 2)).slice(0, n);

/** The body Apollo Client sends: JSON.stringify of the operation, its query and its variables. */
const bodyBytes = (operationName: string, variables: unknown) =>
  Buffer.byteLength(JSON.stringify({ operationName, query: `mutation ${operationName}($input: Input!) { ${operationName}(input: $input) { id version } }`, variables }));

/**
 * The largest sheet the limits admit: every item, bullet, table cell and indicator value present, and its
 * text (spread over the cells) at `sheetContentChars`.
 */
function largestSheet() {
  const cells = LIMITS.items * LIMITS.tableRows * LIMITS.tableColumns;
  const perCell = Math.floor(LIMITS.sheetContentChars / cells);
  const rest = LIMITS.sheetContentChars - perCell * cells;
  const items = Array.from({ length: LIMITS.items }, (_, i) => ({
    heading: i === 0 ? ja(rest) : '',
    text: null as string | null,
    bullets: Array.from({ length: LIMITS.bullets }, () => ''),
    table: Array.from({ length: LIMITS.tableRows }, () => Array.from({ length: LIMITS.tableColumns }, () => ja(perCell))),
  }));
  const indicators = Array.from({ length: LIMITS.indicators }, () => ({
    label: '',
    unit: '',
    values: Array.from({ length: LIMITS.indicatorYearsBack + 1 }, (_, y) => ({ fiscalYear: 2019 - y, value: 123456789012345.6 })),
    approximate: false,
    note: null,
  }));
  return { id: '00000000-0000-4000-8000-000000000000', version: 2147483647, content: { items, indicators, assessment: null, notes: null } };
}

describe('REQUEST_BODY_BYTES', () => {
  it('admits the largest sheet the content limits allow, in Japanese', () => {
    expect(bodyBytes('saveSheet', { input: largestSheet() })).toBeLessThanOrEqual(REQUEST_BODY_BYTES);
  });

  it('admits the longest sheet text at its field limits (every long field at 20,000 characters)', () => {
    const sheet = largestSheet();
    const texts = Math.floor(LIMITS.sheetContentChars / LIMITS.longText) - 2;
    sheet.content.items = Array.from({ length: texts }, () => ({ heading: ja(1), text: ja(LIMITS.longText), bullets: [], table: [] }));
    Object.assign(sheet.content, { assessment: ja(LIMITS.longText), notes: ja(LIMITS.longText) });
    expect(bodyBytes('saveSheet', { input: sheet })).toBeLessThanOrEqual(REQUEST_BODY_BYTES);
  });

  it('admits a council opinion split into the most parts, each at the longest text', () => {
    const texts = Array.from({ length: LIMITS.splitParts }, () => ja(LIMITS.longText));
    expect(bodyBytes('splitCouncilOpinion', { input: { id: '00000000-0000-4000-8000-000000000000', version: 1, texts } })).toBeLessThanOrEqual(REQUEST_BODY_BYTES);
  });

  it('is not far above what the limits admit (a margin, not an open door)', () => {
    expect(REQUEST_BODY_BYTES).toBeLessThan(2 * bodyBytes('saveSheet', { input: largestSheet() }));
    expect(REQUEST_BODY_BYTES).toBeLessThanOrEqual(4 * 1024 * 1024);
  });
});
