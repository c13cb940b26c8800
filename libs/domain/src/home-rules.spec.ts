import { daysUntil, isPastDeadline } from './era';
import { isOpinionLate, awaitsOpinions, memberEntryStatus } from './opinion.workflow';
import { lastSheetActivity } from './sheet.workflow';

describe('daysUntil (Japan’s calendar)', () => {
  // 2020-02-14 15:30 UTC is already the 15th in Japan
  const lateEvening = new Date('2020-02-14T15:30:00Z');
  it.each([
    ['2020-02-14', new Date('2020-02-14T00:00:00Z'), 0],
    ['2020-02-16', new Date('2020-02-14T00:00:00Z'), 2],
    ['2020-02-14', lateEvening, -1],
    ['2021-01-29', new Date('2020-12-31T03:00:00Z'), 29],
  ])('%s seen at %s is %i days away', (deadline, now, days) => {
    expect(daysUntil(deadline, now)).toBe(days);
    expect(isPastDeadline(deadline, now)).toBe(days < 0);
  });
  it('is null without a deadline', () => expect(daysUntil(null)).toBeNull());
});

describe('where a member stands on an entry', () => {
  it.each([
    [{ submitted: false, drafts: 0, councilConfirmed: 0 }, 'NOT_STARTED'],
    [{ submitted: false, drafts: 2, councilConfirmed: 0 }, 'DRAFT_ONLY'],
    [{ submitted: true, drafts: 1, councilConfirmed: 0 }, 'SUBMITTED'],
    // settled by the council whatever the member did: one word, not 提出済み for some and とりまとめ済み for others
    [{ submitted: true, drafts: 0, councilConfirmed: 3 }, 'SETTLED'],
    [{ submitted: false, drafts: 0, councilConfirmed: 3 }, 'SETTLED'],
  ] as const)('%o is %s', (standing, status) => expect(memberEntryStatus(standing)).toBe(status));

  it('is late only past the deadline, with nothing submitted, on an entry the council has not settled', () => {
    expect(isOpinionLate(true, { submitted: false, councilConfirmed: 0 })).toBe(true);
    expect(isOpinionLate(false, { submitted: false, councilConfirmed: 0 })).toBe(false);
    expect(isOpinionLate(true, { submitted: true, councilConfirmed: 0 })).toBe(false);
    expect(isOpinionLate(true, { submitted: false, councilConfirmed: 1 })).toBe(false);
  });

  it('awaits opinions in Check on an entry not settled, not on a settled one nor outside Check', () => {
    expect(awaitsOpinions('CHECK', 'SUBMITTED')).toBe(true);
    expect(awaitsOpinions('CHECK', 'SETTLED')).toBe(false);
    expect(awaitsOpinions('DO', 'NOT_STARTED')).toBe(false);
  });
});

describe('who acted last on a sheet', () => {
  const save = { at: new Date('2020-01-30T01:00:00Z'), byName: '工業振興課 担当' };
  const ret = { event: 'RETURN' as const, at: new Date('2020-01-31T01:00:00Z'), byName: '事務局', comment: '直してください' };
  it('is the secretariat after it returned the sheet (its transition also moved updatedAt to the same time)', () => {
    expect(lastSheetActivity({ ...save, at: ret.at }, ret)).toEqual({ kind: 'RETURN', at: ret.at, byName: '事務局', comment: '直してください' });
  });
  it('is the department once it saved again', () => {
    expect(lastSheetActivity({ ...save, at: new Date('2020-02-01T01:00:00Z') }, ret)).toMatchObject({ kind: 'SAVE', byName: '工業振興課 担当', comment: null });
  });
  it('is nothing for a sheet never saved nor moved', () => expect(lastSheetActivity(null, null)).toBeNull());
});
