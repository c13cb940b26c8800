import { afterEach, describe, expect, it } from '@jest/globals';
import { initialDraft, readStoredDraft, type Snapshot, type StoredDraft } from './autosaveDraft';

// a text editor: values are strings, and spaces at the ends say nothing
const same = (a: string, b: string) => a.trim() === b.trim();
const isText = (v: unknown): v is string => typeof v === 'string';
const server: Snapshot<string, { by: string }> = { version: 5, value: 'server text', meta: { by: '佐藤' } };
const stored = (s: Partial<StoredDraft<string>>): StoredDraft<string> => ({ baseVersion: 5, base: 'server text', value: 'my text', ...s });

describe('initialDraft', () => {
  it('starts from the server when the browser kept nothing', () => {
    expect(initialDraft(server, null, same)).toEqual({
      value: 'server text',
      base: { version: 5, value: 'server text' },
      status: 'saved',
      conflict: null,
      restored: false,
    });
  });

  it('does not restore a copy the server already has, or one that changes nothing', () => {
    expect(initialDraft(server, stored({ value: ' server text ' }), same)).toMatchObject({ value: 'server text', status: 'saved', restored: false });
    expect(initialDraft(server, stored({ baseVersion: 4, base: 'old', value: 'old ' }), same)).toMatchObject({ value: 'server text', status: 'saved', restored: false });
  });

  it('restores an unsaved edit typed on the server’s version, to be sent at once', () => {
    expect(initialDraft(server, stored({}), same)).toEqual({
      value: 'my text',
      base: { version: 5, value: 'server text' },
      status: 'dirty',
      conflict: null,
      restored: true,
    });
  });

  it('restores on top of the latest version when only the version moved meanwhile', () => {
    expect(initialDraft(server, stored({ baseVersion: 3 }), same)).toMatchObject({
      value: 'my text',
      base: { version: 5, value: 'server text' },
      status: 'dirty',
      conflict: null,
      restored: true,
    });
  });

  it('makes a conflict when the server’s value changed since the edit was typed, keeping what both started from', () => {
    expect(initialDraft(server, stored({ baseVersion: 3, base: 'old text' }), same)).toEqual({
      value: 'my text',
      base: { version: 3, value: 'old text' },
      status: 'conflict',
      restored: true,
      conflict: { base: 'old text', theirs: 'server text', theirsVersion: 5, mine: 'my text', by: '佐藤' },
    });
  });
});

describe('readStoredDraft', () => {
  const g = globalThis as { localStorage?: Pick<Storage, 'getItem'> };
  const keep = (raw: string | null) => {
    g.localStorage = { getItem: () => raw };
  };
  afterEach(() => {
    delete g.localStorage;
  });

  it('reads the kept value and the version it was typed on', () => {
    keep(JSON.stringify({ baseVersion: 2, base: 'a', value: 'b', at: 1 }));
    expect(readStoredDraft('k', isText)).toEqual({ baseVersion: 2, base: 'a', value: 'b' });
  });

  it('reads what the sheet editor kept before, under `draft`', () => {
    keep(JSON.stringify({ baseVersion: 2, base: 'a', draft: 'b', at: 1 }));
    expect(readStoredDraft('k', isText)).toEqual({ baseVersion: 2, base: 'a', value: 'b' });
  });

  it('ignores nothing kept, broken JSON, an unsound shape, and a browser without storage', () => {
    keep(null);
    expect(readStoredDraft('k', isText)).toBeNull();
    keep('{not json');
    expect(readStoredDraft('k', isText)).toBeNull();
    keep(JSON.stringify({ baseVersion: '2', base: 'a', value: 'b' }));
    expect(readStoredDraft('k', isText)).toBeNull();
    keep(JSON.stringify({ baseVersion: 2, base: 'a', value: 3 }));
    expect(readStoredDraft('k', isText)).toBeNull();
    keep(JSON.stringify('text'));
    expect(readStoredDraft('k', isText)).toBeNull();
    delete g.localStorage;
    expect(readStoredDraft('k', isText)).toBeNull();
  });
});
