/**
 * Japanese-era (和暦) dates and fiscal years. Hand-written on purpose: the era table is part of the
 * domain, and Intl's Japanese calendar differs between ICU builds (元年, weekday style).
 */
interface Era {
  name: string;
  nameEn: string;
  /** First day of the era, ISO date (from which this table counts it). */
  start: string;
  /** Gregorian year of 元年, where it differs from start's year. */
  firstYear?: number;
}

/** Newest first. */
const ERAS: readonly Era[] = [
  { name: '令和', nameEn: 'Reiwa', start: '2019-05-01' },
  { name: '平成', nameEn: 'Heisei', start: '1989-01-08' },
  { name: '昭和', nameEn: 'Showa', start: '1926-12-25' },
  { name: '大正', nameEn: 'Taisho', start: '1912-07-30' },
  // Meiji began in 1868; the table starts at the adoption of the Gregorian calendar (明治6年).
  { name: '明治', nameEn: 'Meiji', start: '1873-01-01', firstYear: 1868 },
];

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

export type Lang = 'ja' | 'en';

/** Accepts 'YYYY-MM-DD', a full ISO timestamp or a Date; returns the calendar date's parts (local to Japan). */
export function dateParts(value: string | Date): { year: number; month: number; day: number; weekday: number } {
  let y: number, m: number, d: number;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    [y, m, d] = value.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
      throw new RangeError(`Not a date: ${value}`);
  } else {
    const date = typeof value === 'string' ? new Date(value) : value;
    if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${String(value)}`);
    // Japan has no daylight saving time: JST is always UTC+9.
    const jst = new Date(date.getTime() + 9 * 3600_000);
    y = jst.getUTCFullYear();
    m = jst.getUTCMonth() + 1;
    d = jst.getUTCDate();
  }
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return { year: y, month: m, day: d, weekday };
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The era of a calendar date and the year within it (1 = 元年). */
export function eraOf(y: number, m: number, d: number): { era: Era; year: number } {
  const key = iso(y, m, d);
  const era = ERAS.find((e) => e.start <= key);
  if (!era) throw new RangeError(`No Japanese era before ${ERAS[ERAS.length - 1]!.start}: ${key}`);
  return { era, year: y - (era.firstYear ?? Number(era.start.slice(0, 4))) + 1 };
}

function eraYear(year: number): string {
  return year === 1 ? '元' : String(year);
}

/**
 * 令和2年8月3日（月） in Japanese; "Mon, 3 Aug 2020 (Reiwa 2)" in English.
 * Options: weekday (default true).
 */
export function formatEraDate(value: string | Date, lang: Lang = 'ja', opts: { weekday?: boolean } = {}): string {
  const { year, month, day, weekday } = dateParts(value);
  const { era, year: ey } = eraOf(year, month, day);
  const showWeekday = opts.weekday ?? true;
  if (lang === 'en') {
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return `${showWeekday ? `${WEEKDAYS_EN[weekday]}, ` : ''}${day} ${months[month - 1]} ${year} (${era.nameEn} ${ey})`;
  }
  return `${era.name}${eraYear(ey)}年${month}月${day}日${showWeekday ? `（${WEEKDAYS_JA[weekday]}）` : ''}`;
}

/** 2020年8月3日 — the Gregorian date in Japanese, for tables where the era would be too long. */
export function formatGregorianDate(value: string | Date, lang: Lang = 'ja'): string {
  const { year, month, day } = dateParts(value);
  return lang === 'en' ? iso(year, month, day) : `${year}年${month}月${day}日`;
}

/**
 * The fiscal year (April to March) that contains a date: FY2019 runs 2019-04-01 to 2020-03-31.
 */
export function fiscalYearOf(value: string | Date): number {
  const { year, month } = dateParts(value);
  return month >= 4 ? year : year - 1;
}

/**
 * 令和元年度 for FY2019. A fiscal year takes the name of the era in force at the end of its calendar
 * year, as the city does (FY2019 is 令和元年度 although it began in 平成31年; FY1988 is 昭和63年度).
 */
export function fiscalYearEraLabel(fiscalYear: number): string {
  const { era, year } = eraOf(fiscalYear, 12, 31);
  return `${era.name}${eraYear(year)}年度`;
}

/** 令和元年度（2019年度） in Japanese; "FY2019 (Reiwa 1)" in English. */
export function formatFiscalYear(fiscalYear: number, lang: Lang = 'ja'): string {
  if (lang === 'en') {
    const { era, year } = eraOf(fiscalYear, 12, 31);
    return `FY${fiscalYear} (${era.nameEn} ${year})`;
  }
  return `${fiscalYearEraLabel(fiscalYear)}（${fiscalYear}年度）`;
}

/** Today's date in Japan (the city's calendar), as the API writes dates: 2020-03-19. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The deadline has passed (the deadline day itself still counts), by the calendar in Japan. */
export function isPastDeadline(deadline: string | null | undefined, now: Date = new Date()): boolean {
  return !!deadline && todayInJapan(now) > deadline;
}

/**
 * Whole days from today (in Japan) to a deadline: 0 on the day itself, negative once it has passed
 * (so `daysUntil(d) < 0` exactly when `isPastDeadline(d)`). Null without a deadline.
 */
export function daysUntil(deadline: string | null | undefined, now: Date = new Date()): number | null {
  if (!deadline) return null;
  const day = (iso: string) => {
    const { year, month, day: d } = dateParts(iso.slice(0, 10));
    return Date.UTC(year, month - 1, d) / 86_400_000;
  };
  return day(deadline) - day(todayInJapan(now));
}
