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
  items: 100,
  tableRows: 100,
  tableColumns: 20,
  indicators: 200,
  /** Indicator years a sheet may show: its fiscal year and up to this many before it. */
  indicatorYearsBack: 9,
  comment: 5_000,
  attachmentMegabytes: 20,
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
  dateRange: { ja: '終了日は開始日以降にしてください。', en: 'The end date must not be before the start date.' },
  default: { ja: '入力内容を確認してください。', en: 'Check this value.' },
};
