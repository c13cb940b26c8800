import { isStorable, unstorablePaths } from './unstorable-strings';

describe('isStorable', () => {
  it.each([
    ['plain Japanese', '中小企業の活性化', true],
    ['an emoji (a surrogate pair)', '達成😀', true],
    ['a tab, a line break, other control characters', 'a\tb\nc\u0001', true],
    ['a NUL', 'a\u0000b', false],
    ['a lone high surrogate', 'a\ud800b', false],
    ['a lone low surrogate', '\udc00', false],
    ['a high surrogate at the end', 'x\ud83d', false],
    ['two high surrogates', '\ud83d\ud83d\ude00', false],
  ])('%s', (_, text, ok) => {
    expect(isStorable(text)).toBe(ok);
  });
});

describe('unstorablePaths', () => {
  it('names each bad string by its path, keys included', () => {
    const input = { name: 'a\u0000', content: { items: [{ heading: 'ok', bullets: ['ok', '\ud800'], table: [['x', 'y\u0000']] }] }, ['k\u0000']: 1 };
    expect(unstorablePaths(input).sort()).toEqual(['content.items[0].bullets[1]', 'content.items[0].table[0][1]', 'k\u0000', 'name'].sort());
  });

  it('walks a value nested 200,000 deep without exhausting the stack, with a shortened path', () => {
    let deep: unknown = '\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const [path] = unstorablePaths({ bureau: deep });
    expect(path!.startsWith('bureau[0][0]')).toBe(true);
    expect(path!.endsWith('…')).toBe(true);
    expect(path!.length).toBeLessThanOrEqual(202);
  });

  it('reports at most 20 paths', () => {
    expect(unstorablePaths(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });

  it('finds nothing in good input', () => {
    expect(unstorablePaths({ a: ['x', 1, null, true, { b: '😀' }] })).toEqual([]);
  });
});
