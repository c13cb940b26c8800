import { fiscalYearEraLabel, fiscalYearOf, formatEraDate, formatFiscalYear, isPastDeadline, todayInJapan } from './era';

describe('formatEraDate', () => {
  it('formats a date in the Japanese era with its weekday', () => {
    expect(formatEraDate('2020-08-03')).toBe('令和2年8月3日（月）');
  });

  it.each([
    ['1989-01-07', '昭和64年1月7日（土）'],
    ['1989-01-08', '平成元年1月8日（日）'],
    ['2019-04-30', '平成31年4月30日（火）'],
    ['2019-05-01', '令和元年5月1日（水）'],
  ])('switches era on the right day: %s → %s', (date, expected) => {
    expect(formatEraDate(date)).toBe(expected);
  });

  // The meeting dates of the seed; the source document printed 2020-03-19 as (水), it is a Thursday.
  it.each([
    ['2019-05-30', '令和元年5月30日（木）'],
    ['2020-03-19', '令和2年3月19日（木）'],
    ['2020-08-03', '令和2年8月3日（月）'],
  ])('gives the right weekday for the meeting of %s', (date, expected) => {
    expect(formatEraDate(date)).toBe(expected);
  });

  it('leaves the weekday out on request', () => {
    expect(formatEraDate('2020-08-03', 'ja', { weekday: false })).toBe('令和2年8月3日');
    expect(formatEraDate('2020-08-03', 'en', { weekday: false })).toBe('3 Aug 2020 (Reiwa 2)');
  });

  it('formats in English with the era year as a number (no 元)', () => {
    expect(formatEraDate('2020-08-03', 'en')).toBe('Mon, 3 Aug 2020 (Reiwa 2)');
    expect(formatEraDate('2019-05-01', 'en')).toBe('Wed, 1 May 2019 (Reiwa 1)');
  });

  it('reads timestamps and Date objects in Japan time (UTC+9), whatever the host time zone', () => {
    expect(formatEraDate('2020-08-02T15:30:00Z')).toBe('令和2年8月3日（月）');
    expect(formatEraDate('2020-08-02T14:59:59Z')).toBe('令和2年8月2日（日）');
    expect(formatEraDate('2020-08-03T08:00:00+09:00')).toBe('令和2年8月3日（月）');
    expect(formatEraDate(new Date('2020-08-02T15:30:00Z'))).toBe('令和2年8月3日（月）');
    // Midnight of 1 May 2019 in Japan is still 30 April in UTC.
    expect(formatEraDate('2019-04-30T15:00:00Z')).toBe('令和元年5月1日（水）');
  });

  it('throws a RangeError for something that is not a date', () => {
    expect(() => formatEraDate('not a date')).toThrow(RangeError);
    expect(() => formatEraDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatEraDate('2020-02-30')).toThrow(RangeError);
    expect(() => formatEraDate('2020-13-01')).toThrow(RangeError);
  });

  it('counts Meiji years from 1868', () => {
    expect(formatEraDate('1873-01-01', 'ja', { weekday: false })).toBe('明治6年1月1日');
    expect(formatEraDate('1912-07-29', 'ja', { weekday: false })).toBe('明治45年7月29日');
  });

  it('throws a RangeError before the first era of the table', () => {
    expect(() => formatEraDate('1872-12-31')).toThrow(RangeError);
  });
});

describe('fiscalYearOf', () => {
  it.each([
    ['2020-03-31', 2019],
    ['2020-04-01', 2020],
    ['2019-12-31', 2019],
    ['2020-03-31T15:00:00Z', 2020], // 1 April 00:00 in Japan
  ])('%s is in FY%i (April to March)', (date, fy) => {
    expect(fiscalYearOf(date)).toBe(fy);
  });
});

describe('fiscalYearEraLabel', () => {
  it.each([
    [1988, '昭和63年度'],
    [1989, '平成元年度'],
    [2018, '平成30年度'],
    [2019, '令和元年度'], // began in 平成31年, named after the era in force at the end of 2019
    [2020, '令和2年度'],
  ])('FY%i is %s', (fy, expected) => {
    expect(fiscalYearEraLabel(fy)).toBe(expected);
  });
});

describe('formatFiscalYear', () => {
  it('gives the era label and the Gregorian year in Japanese', () => {
    expect(formatFiscalYear(2019)).toBe('令和元年度（2019年度）');
    expect(formatFiscalYear(2020, 'ja')).toBe('令和2年度（2020年度）');
  });

  it('gives FY and the era year in English', () => {
    expect(formatFiscalYear(2019, 'en')).toBe('FY2019 (Reiwa 1)');
    expect(formatFiscalYear(2018, 'en')).toBe('FY2018 (Heisei 30)');
  });
});


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
