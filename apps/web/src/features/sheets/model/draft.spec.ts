import { describe, expect, it } from '@jest/globals';
import { emptyIndicator, emptyItem, fromContent, indicatorYears, parseValue, sameDraft, toInput, type Draft } from './draft';

const years = indicatorYears(2019);

describe('the editor draft', () => {
  it('offers the cycle’s fiscal year and the nine before it', () => {
    expect(years.min).toBe(2010);
    expect(years.max).toBe(2019);
    expect(years.all).toHaveLength(10);
  });

  it('reads typed numbers, with thousands separators and full-width digits', () => {
    expect(parseValue('1,234')).toBe(1234);
    expect(parseValue('１２.５')).toBe(12.5);
    expect(parseValue('')).toBeNull();
    expect(parseValue('約3')).toBeNaN();
    expect(parseValue('-1')).toBeNaN();
  });

  it('leaves out blank items and indicators, trims text, and says what is missing', () => {
    const d: Draft = {
      items: [emptyItem(), { ...emptyItem(), text: '見出しのない本文 ' }, { ...emptyItem(), heading: ' 実施 ', bullets: ['a', ' '], table: [['', ''], ['', '']] }],
      indicators: [emptyIndicator(), { ...emptyIndicator(), label: '件数', values: { '2019': '5', '2018': 'x', '2009': '1' } }],
      assessment: '  ',
      notes: '',
    };
    const { input, problems } = toInput(d, years);
    expect(input.items).toEqual([
      { heading: '', text: '見出しのない本文', bullets: [], table: null },
      { heading: '実施', text: null, bullets: ['a'], table: null },
    ]);
    expect(input.indicators).toEqual([{ label: '件数', unit: '', approximate: false, note: null, values: [{ fiscalYear: 2019, value: 5 }] }]);
    expect(input.assessment).toBeNull();
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'items.1.heading', message: 'headingRequired' },
        { path: 'indicators.1.values.2018', message: 'notANumber' },
        { path: 'indicators.1.values.2009', message: 'yearOutOfRange' },
      ]),
    );
  });

  it('compares what drafts say, not their keys or trailing spaces', () => {
    const content = { items: [{ heading: 'A', text: 'b', bullets: [], table: null }], indicators: [], assessment: 'x', notes: null };
    const a = fromContent(content);
    const b = fromContent(content);
    expect(a.items[0]!.key).not.toBe(b.items[0]!.key);
    expect(sameDraft(a, b)).toBe(true);
    expect(sameDraft(a, { ...b, assessment: 'x ' })).toBe(true);
    expect(sameDraft(a, { ...b, assessment: 'y' })).toBe(false);
  });
});
