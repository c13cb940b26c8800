import { describe, expect, it } from '@jest/globals';
import { pageTitle } from './usePageTitle';

describe('pageTitle', () => {
  it('names the page first, then what it belongs to, then the app', () => {
    expect(pageTitle(['施策検証シート'], '検証 Kensho')).toBe('施策検証シート | 検証 Kensho');
    expect(pageTitle(['医工連携等推進事業', '検証意見のとりまとめ'], '検証 Kensho')).toBe('医工連携等推進事業 | 検証意見のとりまとめ | 検証 Kensho');
  });

  it('leaves out a part not known yet (a record still loading)', () => {
    expect(pageTitle([undefined, '施策検証シート'], '検証 Kensho')).toBe('施策検証シート | 検証 Kensho');
    expect(pageTitle([null, ' '], '検証 Kensho')).toBe('検証 Kensho');
  });
});
