/** Limits shared by the API's validation and the web client's forms. */
export const LIMITS = {
  name: 200,
  shortText: 500,
  longText: 20_000,
  loginId: 64,
  passwordMin: 10,
  passwordMax: 200,
  reason: 2_000,
  heading: 200,
  cell: 500,
  bullet: 1_000,
  /** Bullets of one item. */
  bullets: 50,
  items: 100,
  tableRows: 100,
  tableColumns: 20,
  indicators: 200,
  /** Indicator years a sheet may show: its fiscal year and up to this many before it. */
  indicatorYearsBack: 9,
  comment: 5_000,
  /**
   * All the text of one sheet's content together (headings, texts, bullets, cells, indicators, assessment,
   * notes). Without it the limits of the parts would admit 100 items of 100×20 cells each: 107 million
   * characters, a request no server should buffer.
   */
  sheetContentChars: 200_000,
  /** Parts a council opinion may be split into. */
  splitParts: 20,
  attachmentMegabytes: 20,
  /** Audit events one page of the audit screen shows. */
  auditPage: 100,
  /** Tags on one opinion or response. */
  tags: 20,
  /** Council opinions one response answers (the seed's largest answers two; an entry has at most a few dozen). */
  responseOpinions: 50,
  /** Records moved by one bulk transition (approving several responses at once). */
  bulkTransition: 500,
} as const;

/**
 * What one GraphQL request may cost, checked before anything runs (apps/api/src/common/limits): the
 * nesting of fields (fragments flattened), the aliases, a static cost (graphql-armor's: an object field
 * 2, a scalar 1, each level deeper ×1.5) and the tokens of the document. Every document the web client
 * sends is admitted (test/api/query-limits.e2e-spec.ts checks each one); its largest, measured with the
 * __typename fields the client adds: depth 6, 2 aliases, cost 341, 223 tokens.
 */
export const QUERY_LIMITS = {
  depth: 8,
  aliases: 10,
  cost: 1_000,
  tokens: 2_000,
} as const;

/** Bytes a character of Japanese text takes in a JSON request: UTF-8, and JSON.stringify does not escape it. */
const BYTES_PER_CHAR = 3;

/**
 * The JSON punctuation of the largest sheet shape the limits admit, its text aside: per item the keys, every
 * bullet and every table cell as `"",`; per indicator the keys and every yearly value (`{"fiscalYear":2019,"value":…},`).
 */
const SHEET_SHAPE_BYTES =
  LIMITS.items * (100 + LIMITS.bullets * 3 + LIMITS.tableRows * (LIMITS.tableColumns * 3 + 2)) +
  LIMITS.indicators * (120 + (LIMITS.indicatorYearsBack + 1) * 45);

/**
 * The largest request body the API reads (the JSON body parser's limit), sized from the limits above: the
 * largest input they admit (a sheet whose text is at `sheetContentChars`, or a council opinion split into
 * `splitParts` texts at `longText`, in Japanese), the query text around it (16 KB), and a quarter more as a
 * margin, rounded up to 64 KB. A test in validation.spec.ts builds those inputs and checks that they fit.
 */
export const REQUEST_BODY_BYTES = (() => {
  const largest = Math.max(
    LIMITS.sheetContentChars * BYTES_PER_CHAR + SHEET_SHAPE_BYTES,
    LIMITS.splitParts * (LIMITS.longText * BYTES_PER_CHAR + 3),
  );
  const unit = 64 * 1024;
  return Math.ceil(((largest + 16 * 1024) * 1.25) / unit) * unit;
})();

/** Field-level validation messages, keyed by the class-validator constraint that failed. */
export const FIELD_MESSAGES: Record<string, { ja: string; en: string }> = {
  isNotEmpty: { ja: '入力してください。', en: 'This field is required.' },
  maxLength: { ja: '{max}文字以内で入力してください。', en: 'Use at most {max} characters.' },
  minLength: { ja: '{min}文字以上で入力してください。', en: 'Use at least {min} characters.' },
  isInt: { ja: '整数を入力してください。', en: 'Enter a whole number.' },
  min: { ja: '{min}以上の値を入力してください。', en: 'Enter {min} or more.' },
  max: { ja: '{max}以下の値を入力してください。', en: 'Enter {max} or less.' },
  isEnum: { ja: '選択肢から選んでください。', en: 'Choose one of the options.' },
  isUUID: { ja: '正しいIDではありません。', en: 'Not a valid ID.' },
  isDateString: { ja: '日付を YYYY-MM-DD で入力してください。', en: 'Enter a date as YYYY-MM-DD.' },
  matches: { ja: '使用できない文字が含まれています。', en: 'Contains characters that are not allowed.' },
  isNumber: { ja: '数値を入力してください。', en: 'Enter a number.' },
  arrayMaxSize: { ja: '{max}件以内にしてください。', en: 'Use at most {max} entries.' },
  isBoolean: { ja: 'はい/いいえで指定してください。', en: 'Must be yes or no.' },
  whitelistValidation: { ja: 'この項目は指定できません。', en: 'This field is not allowed.' },
  maxTotalLength: { ja: 'シート全体で{max}文字以内にしてください。', en: 'Keep the whole sheet within {max} characters.' },
  invalidValue: { ja: '値の種類または形式が正しくありません。', en: 'This value has the wrong type or format.' },
  dateRange: { ja: '終了日は開始日以降にしてください。', en: 'The end date must not be before the start date.' },
  default: { ja: '入力内容を確認してください。', en: 'Check this value.' },
};
