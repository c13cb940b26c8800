import { describe, expect, it } from '@jest/globals';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a bundle: `editor.status.saved` → its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the UI strings, one set of namespaces', () => {
  it('registers the app’s strings and every feature’s, in both languages', () => {
    expect(Object.keys(resources.ja)).toEqual(['translation', 'sheets', 'opinions', 'home', 'audit', 'responses', 'workflow']);
    expect(Object.keys(resources.en)).toEqual(Object.keys(resources.ja));
  });

  it.each(Object.keys(resources.ja) as Array<keyof typeof resources.ja>)(
    'gives “%s” the same keys and the same {{placeholders}} in English as in Japanese',
    (ns) => {
      const ja = leaves(resources.ja[ns] as Tree);
      const en = leaves(resources.en[ns] as Tree);
      expect([...en.keys()].sort()).toEqual([...ja.keys()].sort());
      for (const [key, text] of ja) expect([key, placeholders(en.get(key)!)]).toEqual([key, placeholders(text)]);
    },
  );
});
