import { useMemo } from 'react';
import Box from '@mui/material/Box';
import { diffChars, diffWordsWithSpace, type ChangeObject } from 'diff';
import { useLang } from '../hooks/useLang';

export const DIFF_COLORS = { added: '#d7f5dd', removed: '#fde2e1', addedText: '#14532d', removedText: '#7f1d1d' };

/** Character-level changes for Japanese, word-level for English. */
export function useInlineDiff(a: string, b: string): ChangeObject<string>[] {
  const { lang } = useLang();
  return useMemo(() => (lang === 'en' ? diffWordsWithSpace(a, b) : diffChars(a, b)), [a, b, lang]);
}

/**
 * One side of a two-column comparison: the text of `side`, with what the other side lacks highlighted
 * (removed on the left in red, added on the right in green).
 */
export function DiffText({ parts, side, testId }: { parts: ChangeObject<string>[]; side: 'left' | 'right'; testId?: string }) {
  return (
    <Box component="div" data-testid={testId} sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', fontSize: '0.8125rem', lineHeight: 1.7 }}>
      {parts.map((p, i) => {
        if (side === 'left' && p.added) return null;
        if (side === 'right' && p.removed) return null;
        if (!p.added && !p.removed) return <span key={i}>{p.value}</span>;
        const added = !!p.added;
        return (
          <Box
            key={i}
            component={added ? 'ins' : 'del'}
            sx={{
              bgcolor: added ? DIFF_COLORS.added : DIFF_COLORS.removed,
              color: added ? DIFF_COLORS.addedText : DIFF_COLORS.removedText,
              textDecoration: 'none',
              borderRadius: 0.5,
            }}
          >
            {p.value}
          </Box>
        );
      })}
    </Box>
  );
}
