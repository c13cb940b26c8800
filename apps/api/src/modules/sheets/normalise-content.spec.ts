import { LIMITS } from '@kensho/domain';
import { DomainError } from '../../common/errors/domain-error';
import type { SheetContentInput } from '../../data/sheet-content.model';
import { normaliseContent } from './sheets.service';

const base = (): SheetContentInput => ({
  items: [{ heading: ' 知的財産スクールの開催 ', text: ' 全６回開催 ', bullets: [' a ', ''], table: [['事業名', '内容'], ['スクール', '6回']] }],
  indicators: [{ label: '知的財産マッチング成立件数', unit: '件', values: [{ fiscalYear: 2019, value: 3 }, { fiscalYear: 2018, value: 5 }], approximate: false, note: null }],
  assessment: '  ',
  notes: null,
});

function problems(input: SheetContentInput, fy = 2019) {
  try {
    normaliseContent(input, fy);
  } catch (e) {
    if (e instanceof DomainError) return e.fields.map((f) => `${f.field}:${f.constraint}`);
    throw e;
  }
  return [];
}

describe('normaliseContent', () => {
  it('trims text, drops empty bullets, sorts indicator years, turns blank text into null', () => {
    const c = normaliseContent(base(), 2019);
    expect(c.items[0]).toEqual({ heading: '知的財産スクールの開催', text: '全６回開催', bullets: ['a'], table: [['事業名', '内容'], ['スクール', '6回']] });
    expect(c.indicators[0]!.values.map((v) => v.fiscalYear)).toEqual([2018, 2019]);
    expect(c.assessment).toBeNull();
  });

  it('refuses years outside the sheet’s ten years and repeated years, naming each path', () => {
    const input = base();
    input.indicators[0]!.values = [{ fiscalYear: 2020, value: 1 }, { fiscalYear: 2009, value: 1 }, { fiscalYear: 2010, value: 1 }, { fiscalYear: 2010, value: 2 }];
    expect(problems(input)).toEqual([
      'content.indicators[0].values[0].fiscalYear:UNKNOWN_YEAR',
      'content.indicators[0].values[1].fiscalYear:UNKNOWN_YEAR',
      'content.indicators[0].values[3].fiscalYear:DUPLICATE_YEAR',
    ]);
  });

  it('refuses overlong table cells and too many columns', () => {
    const input = base();
    input.items[0]!.table = [Array.from({ length: 21 }, () => 'x'), ['y'.repeat(501)]];
    expect(problems(input)).toEqual(['content.items[0].table[0]:arrayMaxSize', 'content.items[0].table[1][0]:maxLength']);
  });

  it('refuses a sheet whose text together is above LIMITS.sheetContentChars, and takes one just below it', () => {
    const input = base();
    const used = JSON.stringify(base()).length; // more than the text it holds
    input.notes = 'あ'.repeat(LIMITS.longText);
    input.items = Array.from({ length: LIMITS.sheetContentChars / LIMITS.longText }, () => ({ heading: '見出し', text: 'い'.repeat(LIMITS.longText), bullets: [], table: null }));
    expect(problems(input)).toEqual(['content:maxTotalLength']);
    input.items = input.items.slice(0, -2);
    input.items.push({ heading: 'h', text: 'う'.repeat(LIMITS.longText - used), bullets: [], table: null });
    expect(problems(input)).toEqual([]);
  });
});
