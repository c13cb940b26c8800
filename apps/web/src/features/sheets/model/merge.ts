import { canonical, newKey, type Draft, type DraftIndicator, type DraftItem } from './draft';

/**
 * Three-way merge of a sheet, part by part (each implementation item, each indicator, the assessment,
 * the notes): `base` is what the editor started from, `theirs` the latest saved version, `mine` what
 * was typed. A part changed on one side only is taken from that side; a part changed on both is a
 * conflict the user decides (theirs, mine, or both kept).
 */
export type Choice = 'theirs' | 'mine' | 'both';

export type MergePart =
  | { kind: 'item'; index: number; base?: DraftItem; theirs?: DraftItem; mine?: DraftItem }
  | { kind: 'indicator'; index: number; base?: DraftIndicator; theirs?: DraftIndicator; mine?: DraftIndicator }
  | { kind: 'assessment' | 'notes'; index: 0; base?: string; theirs?: string; mine?: string };

export type Section = MergePart & { id: string; state: 'same' | 'theirs' | 'mine' | 'conflict' };

const key = (v: DraftItem | DraftIndicator | string | undefined): string => {
  if (v === undefined) return '∅';
  if (typeof v === 'string') return v.trim();
  return 'heading' in v
    ? canonical({ items: [v], indicators: [], assessment: '', notes: '' })
    : canonical({ items: [], indicators: [v], assessment: '', notes: '' });
};

function stateOf(base: string, theirs: string, mine: string): Section['state'] {
  if (theirs === mine) return 'same';
  if (mine === base) return 'theirs';
  if (theirs === base) return 'mine';
  return 'conflict';
}

export function buildSections(base: Draft, theirs: Draft, mine: Draft): Section[] {
  const sections: Section[] = [];
  const n = Math.max(base.items.length, theirs.items.length, mine.items.length);
  for (let i = 0; i < n; i++) {
    const part = { kind: 'item' as const, index: i, base: base.items[i], theirs: theirs.items[i], mine: mine.items[i] };
    sections.push({ ...part, id: `item-${i}`, state: stateOf(key(part.base), key(part.theirs), key(part.mine)) });
  }
  const m = Math.max(base.indicators.length, theirs.indicators.length, mine.indicators.length);
  for (let i = 0; i < m; i++) {
    const part = { kind: 'indicator' as const, index: i, base: base.indicators[i], theirs: theirs.indicators[i], mine: mine.indicators[i] };
    sections.push({ ...part, id: `indicator-${i}`, state: stateOf(key(part.base), key(part.theirs), key(part.mine)) });
  }
  for (const kind of ['assessment', 'notes'] as const) {
    const part = { kind, index: 0 as const, base: base[kind], theirs: theirs[kind], mine: mine[kind] };
    sections.push({ ...part, id: kind, state: stateOf(key(part.base), key(part.theirs), key(part.mine)) });
  }
  return sections;
}

/** What each part becomes; conflicts take the user's choice. */
export function applyChoices(sections: readonly Section[], choices: Record<string, Choice>): Draft {
  const out: Draft = { items: [], indicators: [], assessment: '', notes: '' };
  for (const s of sections) {
    const choice: Choice = s.state === 'conflict' ? (choices[s.id] ?? 'mine') : s.state === 'mine' ? 'mine' : 'theirs';
    if (s.kind === 'item' || s.kind === 'indicator') {
      const picked = choice === 'both' ? [s.theirs, s.mine] : [choice === 'mine' ? s.mine : s.theirs];
      for (const p of picked) {
        if (!p) continue;
        // each part gets a fresh React key: both sides may hold the same one
        if (s.kind === 'item') out.items.push({ ...(p as DraftItem), key: newKey() });
        else out.indicators.push({ ...(p as DraftIndicator), key: newKey() });
      }
    } else {
      const theirs = (s.theirs ?? '').trim();
      const mine = (s.mine ?? '').trim();
      out[s.kind] = choice === 'both' ? [theirs, mine].filter(Boolean).join('\n\n') : choice === 'mine' ? (s.mine ?? '') : (s.theirs ?? '');
    }
  }
  return out;
}
