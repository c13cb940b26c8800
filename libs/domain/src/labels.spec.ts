import { ERROR_CODES, MESSAGES, message, type MessageKey } from './labels';

describe('message', () => {
  it('fills placeholders in Japanese and English', () => {
    expect(message('NOT_FOUND', 'ja', { what: '事業' })).toBe('事業が見つかりません。');
    expect(message('NOT_FOUND', 'en', { what: 'Project' })).toBe('Project was not found.');
    expect(message('PRECONDITION_FAILED', 'en', { failed: 'A, B' })).toBe('These conditions are not met: A, B');
  });

  it('fills numeric values, zero included', () => {
    expect(message('INTERNAL_SERVER_ERROR', 'ja', { requestId: 0 })).toBe('システムエラーが発生しました。問い合わせ番号: 0');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(message('NOT_FOUND', 'en')).toBe('{what} was not found.');
    expect(message('DUPLICATE', 'ja', { other: 'x' })).toBe('{what}はすでに登録されています。');
  });

  it('returns a message without placeholders unchanged', () => {
    expect(message('FORBIDDEN', 'ja')).toBe(MESSAGES.FORBIDDEN.ja);
  });
});

describe('MESSAGES', () => {
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(Object.keys(MESSAGES) as MessageKey[])('%s has a Japanese and an English text with the same placeholders', (key) => {
    const { ja, en } = MESSAGES[key];
    expect(ja.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(placeholders(ja)).toEqual(placeholders(en));
  });

  it('has a message for every API error code', () => {
    expect(ERROR_CODES.filter((code) => !(code in MESSAGES))).toEqual([]);
  });
});
