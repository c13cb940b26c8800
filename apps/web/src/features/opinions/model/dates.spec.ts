import { describe, expect, it } from '@jest/globals';
import { isPastDeadline, todayInJapan } from './dates';

describe('todayInJapan', () => {
  it('is the date in Japan, a day ahead of UTC late in the evening', () => {
    expect(todayInJapan(new Date('2020-02-14T15:30:00Z'))).toBe('2020-02-15');
    expect(todayInJapan(new Date('2020-02-14T14:59:00Z'))).toBe('2020-02-14');
  });
});

describe('isPastDeadline', () => {
  it('counts the deadline day itself as in time', () => {
    expect(isPastDeadline('2020-02-14', new Date('2020-02-14T14:59:00Z'))).toBe(false);
    expect(isPastDeadline('2020-02-14', new Date('2020-02-14T15:00:00Z'))).toBe(true);
  });

  it('is never late without a deadline', () => {
    expect(isPastDeadline(null, new Date('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isPastDeadline(undefined)).toBe(false);
  });
});
