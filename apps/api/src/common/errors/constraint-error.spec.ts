import { QueryFailedError } from 'typeorm';
import { constraintError, shapeError } from './graphql-error.filter';

/** A refusal of PostgreSQL as node-postgres reports it, wrapped by TypeORM. */
const refused = (code: string, constraint: string, detail: string) =>
  new QueryFailedError('INSERT …', [], Object.assign(new Error(`violates constraint "${constraint}"`), { code, constraint, detail }));

/** Every word a person reads: the message and each field's name and message. */
function shown(e: ReturnType<typeof constraintError>, lang: 'ja' | 'en') {
  const shaped = shapeError(e!, lang, 'req-1');
  const fields = (shaped.extensions.fields ?? []) as Array<{ field: string; message: string }>;
  return [shaped.message, ...fields.flatMap((f) => [f.field, f.message])].join(' | ');
}

const internals = /IDX_|UQ_|FK_|PK_|REL_|_pkey|_fkey|constraint|duplicate key/i;

describe('what the database refused, as a person reads it (issue 9: no database internals)', () => {
  it.each([
    ['a unique index no service names', refused('23505', 'IDX_2f8a9c0d1e', 'Key ("sheetId", version)=(…) already exists.')],
    ['a unique constraint no service names', refused('23505', 'UQ_council_opinion_position', 'Key (…) already exists.')],
    ['a delete of a row others still use', refused('23503', 'FK_5b1c2d3e4f', 'Key (id)=(…) is still referenced from table "project".')],
    ['a write naming a row just deleted', refused('23503', 'FK_9a8b7c6d5e', 'Key ("groupId")=(…) is not present in table "group".')],
  ])('%s: BAD_USER_INPUT, no constraint name, what to do in ja and en', (_, e) => {
    const error = constraintError(e)!;
    expect(error.code).toBe('BAD_USER_INPUT');
    for (const lang of ['ja', 'en'] as const) {
      const text = shown(error, lang);
      expect(text).not.toMatch(internals);
      expect(text).not.toContain('—');
    }
    expect(shown(error, 'ja')).toMatch(/再読み込み|外してから/);
  });

  it('a delete refused and a reference gone read differently', () => {
    const deleted = shown(constraintError(refused('23503', 'FK_a', 'Key (id)=(x) is still referenced from table "t".')), 'ja');
    const missing = shown(constraintError(refused('23503', 'FK_b', 'Key (id)=(x) is not present in table "t".')), 'ja');
    expect(deleted).toContain('削除できません');
    expect(missing).toContain('見つかりません');
  });

  it('a unique constraint a service also checks names its input field and the thing', () => {
    const shaped = shapeError(constraintError(refused('23505', 'UQ_group_name', 'Key (…) already exists.'))!, 'ja', 'req-1');
    expect(shaped.extensions.fields).toEqual([{ field: 'name', constraint: 'DUPLICATE', message: '班はすでに登録されています。' }]);
  });

  it('anything else is not a refusal of this kind', () => {
    expect(constraintError(new Error('x'))).toBeNull();
    expect(constraintError(refused('23514', 'CHK_x', 'Failing row contains …'))).toBeNull();
  });
});
