import { useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import Paper from '@mui/material/Paper';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DiffText, useInlineDiff } from '../../../shared/components/DiffText';
import { useLang } from '../../../shared/hooks/useLang';
import type { Conflict } from '../hooks/useSheetDraft';
import { useTextLabels } from '../hooks/useTextLabels';
import { draftToContent, type DraftIndicator, type DraftItem } from '../model/draft';
import { applyChoices, buildSections, type Choice, type Section } from '../model/merge';
import { indicatorToText, itemToText, type TextLabels } from '../model/text';

interface Props {
  conflict: Conflict;
  onResolve: (merged: ReturnType<typeof applyChoices>) => void;
}

const EMPTY = { items: [], indicators: [], assessment: '', notes: '' };

function partText(s: Section, side: 'theirs' | 'mine', labels: TextLabels): string {
  const v = s[side];
  if (v === undefined) return '';
  if (s.kind === 'item') {
    const item = draftToContent({ ...EMPTY, items: [v as DraftItem] }).items[0];
    return item ? itemToText(item, s.index + 1) : '';
  }
  if (s.kind === 'indicator') {
    const ind = draftToContent({ ...EMPTY, indicators: [v as DraftIndicator] }).indicators[0];
    return ind ? indicatorToText(ind, labels) : '';
  }
  return (v as string).trim();
}

function sectionLabel(s: Section, st: TFunction<'sheets'>): string {
  const n = s.index + 1;
  if (s.kind === 'item') {
    const heading = ((s.mine ?? s.theirs) as DraftItem | undefined)?.heading.trim();
    return heading ? st('section.itemNamed', { n, heading }) : st('section.item', { n });
  }
  if (s.kind === 'indicator') {
    const label = ((s.mine ?? s.theirs) as DraftIndicator | undefined)?.label.trim();
    return label ? st('section.indicatorNamed', { n, label }) : st('section.indicator', { n });
  }
  return st(`section.${s.kind}`);
}

/**
 * Someone saved while this user was typing: both texts side by side, part by part, so nothing typed is
 * lost. Parts changed on one side only are taken over; for parts changed on both, the user keeps the
 * latest, their own, or both; the result is saved on top of the latest version.
 */
export function ConflictPanel({ conflict, onResolve }: Props) {
  const { t: st } = useTranslation('sheets');
  const { dateTime } = useLang();
  const labels = useTextLabels();
  const sections = useMemo(() => buildSections(conflict.base, conflict.theirs, conflict.mine), [conflict]);
  const conflicting = sections.filter((s) => s.state === 'conflict');
  const automatic = sections.filter((s) => s.state === 'theirs' || s.state === 'mine');
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const allChosen = conflicting.every((s) => choices[s.id]);
  const setAll = (c: Choice) => setChoices(Object.fromEntries(conflicting.map((s) => [s.id, c])));
  const at = dateTime(conflict.theirsAt);

  return (
    <Box data-testid="conflict-panel">
      <Alert severity="warning" sx={{ mb: 2 }} role="alert">
        <AlertTitle sx={{ fontWeight: 700 }}>{st('conflict.title')}</AlertTitle>
        {conflict.theirsBy
          ? st('conflict.intro', { name: conflict.theirsBy, at, version: conflict.theirsVersion })
          : st('conflict.introNoName', { at, version: conflict.theirsVersion })}
      </Alert>

      {conflicting.length === 0 ? (
        <Alert severity="info" sx={{ mb: 2 }}>
          {st('conflict.noConflicts')}
        </Alert>
      ) : (
        <>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1.5 }}>
            <Typography variant="h3" component="h2" sx={{ flexGrow: 1 }}>
              {st('conflict.conflicts', { count: conflicting.length })}
            </Typography>
            <Button size="small" variant="outlined" onClick={() => setAll('theirs')}>
              {st('conflict.allTheirs')}
            </Button>
            <Button size="small" variant="outlined" onClick={() => setAll('mine')}>
              {st('conflict.allMine')}
            </Button>
          </Box>
          {conflicting.map((s) => (
            <ConflictSection
              key={s.id}
              label={sectionLabel(s, st)}
              theirs={partText(s, 'theirs', labels)}
              mine={partText(s, 'mine', labels)}
              choice={choices[s.id]}
              onChoose={(c) => setChoices((prev) => ({ ...prev, [s.id]: c }))}
            />
          ))}
        </>
      )}

      {automatic.length > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {st('conflict.auto', { sections: automatic.map((s) => sectionLabel(s, st)).join('、') })}
        </Typography>
      )}

      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Button variant="contained" disabled={!allChosen} onClick={() => onResolve(applyChoices(sections, choices))}>
          {st('conflict.save')}
        </Button>
        {!allChosen && (
          <Typography variant="body2" color="text.secondary">
            {st('conflict.chooseAll')}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

function ConflictSection({ label, theirs, mine, choice, onChoose }: { label: string; theirs: string; mine: string; choice?: Choice; onChoose: (c: Choice) => void }) {
  const { t: st } = useTranslation('sheets');
  const parts = useInlineDiff(theirs, mine);
  const column = (title: string, side: 'left' | 'right', text: string, testId: string) => (
    <Box sx={{ minWidth: 0, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
      <Typography variant="body2" sx={{ fontWeight: 700, px: 1.5, py: 0.75, bgcolor: '#eef2f6' }}>
        {title}
      </Typography>
      <Box sx={{ p: 1.5 }}>
        {text ? (
          <DiffText parts={parts} side={side} testId={testId} />
        ) : (
          <Typography variant="body2" color="text.secondary" data-testid={testId}>
            {st('conflict.empty')}
          </Typography>
        )}
      </Box>
    </Box>
  );
  return (
    <Paper sx={{ p: 2, mb: 2 }} component="section" aria-label={label} data-testid="conflict-section">
      <Typography variant="h4" component="h3" sx={{ mb: 1 }}>
        {label}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5, mb: 1 }}>
        {column(st('conflict.theirs'), 'left', theirs, 'conflict-theirs')}
        {column(st('conflict.mine'), 'right', mine, 'conflict-mine')}
      </Box>
      <RadioGroup row value={choice ?? ''} onChange={(e) => onChoose(e.target.value as Choice)} aria-label={label}>
        <FormControlLabel value="theirs" control={<Radio size="small" />} label={st('conflict.useTheirs')} />
        <FormControlLabel value="mine" control={<Radio size="small" />} label={st('conflict.useMine')} />
        <FormControlLabel value="both" control={<Radio size="small" />} label={st('conflict.useBoth')} />
      </RadioGroup>
    </Paper>
  );
}
