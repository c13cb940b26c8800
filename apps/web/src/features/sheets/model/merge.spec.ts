import { describe, expect, it } from '@jest/globals';
import { emptyItem, fromContent, type Draft } from './draft';
import { applyChoices, buildSections } from './merge';

const base: Draft = fromContent({
  items: [{ heading: '相談対応', text: '相談を受けた。', bullets: ['窓口'], table: null }],
  indicators: [{ label: '相談件数', unit: '件', approximate: false, note: null, values: [{ fiscalYear: 2019, value: 3 }] }],
  assessment: '概ね順調',
  notes: null,
});
const clone = (d: Draft): Draft => JSON.parse(JSON.stringify(d)) as Draft;

describe('three-way merge of a sheet', () => {
  it('takes a part changed on one side only from that side', () => {
    const theirs = clone(base);
    theirs.assessment = '順調に推移した';
    const mine = clone(base);
    mine.notes = '補足あり';
    const sections = buildSections(base, theirs, mine);
    expect(sections.filter((s) => s.state === 'conflict')).toHaveLength(0);
    const merged = applyChoices(sections, {});
    expect(merged.assessment).toBe('順調に推移した');
    expect(merged.notes).toBe('補足あり');
    expect(merged.items.map((i) => i.heading)).toEqual(['相談対応']);
  });

  it('makes a part changed on both sides a conflict the user decides, and "both" keeps both texts', () => {
    const theirs = clone(base);
    theirs.assessment = 'A の評価';
    const mine = clone(base);
    mine.assessment = 'B の評価';
    const sections = buildSections(base, theirs, mine);
    const conflict = sections.find((s) => s.state === 'conflict');
    expect(conflict?.id).toBe('assessment');
    expect(applyChoices(sections, { assessment: 'theirs' }).assessment).toBe('A の評価');
    expect(applyChoices(sections, { assessment: 'mine' }).assessment).toBe('B の評価');
    expect(applyChoices(sections, { assessment: 'both' }).assessment).toBe('A の評価\n\nB の評価');
  });

  it('keeps items added on both sides when both are chosen, each with a fresh key', () => {
    const theirs = clone(base);
    theirs.items.push({ ...emptyItem(), heading: '彼らの項目' });
    const mine = clone(base);
    mine.items.push({ ...emptyItem(), heading: '私の項目' });
    const sections = buildSections(base, theirs, mine);
    expect(sections.find((s) => s.id === 'item-1')?.state).toBe('conflict');
    const merged = applyChoices(sections, { 'item-1': 'both' });
    expect(merged.items.map((i) => i.heading)).toEqual(['相談対応', '彼らの項目', '私の項目']);
    expect(new Set(merged.items.map((i) => i.key)).size).toBe(3);
  });

  it('drops a part the other side deleted when this side left it alone', () => {
    const theirs = clone(base);
    theirs.indicators = [];
    const mine = clone(base);
    mine.assessment = '書き直した';
    const merged = applyChoices(buildSections(base, theirs, mine), {});
    expect(merged.indicators).toHaveLength(0);
    expect(merged.assessment).toBe('書き直した');
  });
});
