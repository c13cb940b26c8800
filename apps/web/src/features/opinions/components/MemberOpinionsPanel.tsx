import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { MEMBER_OPINION_EVENT_LABELS, OPINION_KIND_LABELS, OPINION_KINDS, type MemberOpinionEvent, type OpinionKind } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useConsolidationMutations, type ConsolidationMemberOpinion } from '../hooks/useConsolidation';
import { usePreconditions } from '../../../shared/workflow';
import { MemberOpinionStateChip, OpinionKindChip } from './OpinionChips';

interface Props {
  opinions: readonly ConsolidationMemberOpinion[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  /** A failed adopt / note, for the page's alert. */
  onError: (e: unknown) => void;
}

/** The members' submitted opinions of the entry: who wrote what, where it went, adopt or note it. */
export function MemberOpinionsPanel({ opinions, selected, onToggle, onError }: Props) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const [kind, setKind] = useState<OpinionKind | 'ALL'>('ALL');
  const shown = opinions.filter((o) => kind === 'ALL' || o.kind === kind);
  return (
    <Stack spacing={1.25}>
      <Typography variant="caption" color="text.secondary">
        {ot('member.help')}
      </Typography>
      {opinions.length > 0 && (
        <ToggleButtonGroup
          size="small"
          exclusive
          value={kind}
          onChange={(_, v: OpinionKind | 'ALL' | null) => v && setKind(v)}
          aria-label={ot('common.kind')}
          sx={{ flexWrap: 'wrap', '& .MuiToggleButton-root': { py: 0.25, px: 1.25 } }}
        >
          <ToggleButton value="ALL">
            {ot('member.filterCount', { label: ot('member.filterAll'), count: opinions.length })}
          </ToggleButton>
          {OPINION_KINDS.map((k) => (
            <ToggleButton key={k} value={k}>
              {ot('member.filterCount', { label: label(OPINION_KIND_LABELS[k]), count: opinions.filter((o) => o.kind === k).length })}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      )}
      {opinions.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {ot('member.none')}
        </Typography>
      )}
      {shown.map((o) => (
        <MemberOpinionItem key={o.id} opinion={o} selected={selected.has(o.id)} onToggle={() => onToggle(o.id)} onError={onError} />
      ))}
    </Stack>
  );
}

const TRANSITION_NOTICE: Record<Exclude<MemberOpinionEvent, 'SUBMIT'>, 'member.adopted' | 'member.noted'> = {
  ADOPT: 'member.adopted',
  NOTE: 'member.noted',
};

function MemberOpinionItem({ opinion, selected, onToggle, onError }: { opinion: ConsolidationMemberOpinion; selected: boolean; onToggle: () => void; onError: (e: unknown) => void }) {
  const { t: ot } = useTranslation('opinions');
  const { label, dateTime } = useLang();
  const notify = useNotify();
  const why = usePreconditions();
  const { adopt, note } = useConsolidationMutations();
  const [busy, setBusy] = useState<MemberOpinionEvent | null>(null);
  const actions = opinion.availableActions.filter((a) => a.event !== 'SUBMIT');

  const fire = async (event: 'ADOPT' | 'NOTE') => {
    setBusy(event);
    try {
      const run = event === 'ADOPT' ? adopt : note;
      await run({ variables: { input: { id: opinion.id, version: opinion.version } } });
      notify(ot(TRANSITION_NOTICE[event]));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Paper
      variant="outlined"
      sx={{ p: 1.25, display: 'flex', gap: 1, borderColor: selected ? 'primary.main' : 'divider', bgcolor: selected ? 'rgba(31, 78, 121, 0.04)' : undefined }}
      data-testid="member-opinion"
      data-state={opinion.state}
    >
      <Checkbox
        checked={selected}
        onChange={onToggle}
        size="small"
        sx={{ alignSelf: 'flex-start', p: 0.5 }}
        slotProps={{ input: { 'aria-label': ot('member.select', { name: opinion.author.name }) } }}
      />
      <Box sx={{ flexGrow: 1, minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 700 }} data-testid="member-opinion-author">
            {opinion.author.name}
          </Typography>
          <OpinionKindChip kind={opinion.kind} />
          <MemberOpinionStateChip state={opinion.state} />
          {opinion.usedIn.length > 0 && (
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={ot('member.usedIn', { marks: opinion.usedIn.map((u) => u.mark).join('') })}
              data-testid="member-opinion-used-in"
            />
          )}
        </Box>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="member-opinion-text">
          {opinion.text}
        </Typography>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 0.75 }}>
          {opinion.submittedAt && (
            <Typography variant="caption" color="text.secondary">
              {ot('common.submittedAt', { at: dateTime(opinion.submittedAt) })}
            </Typography>
          )}
          <Box sx={{ display: 'flex', gap: 1, ml: 'auto' }}>
            {actions.map((a) => (
              <Tooltip key={a.event} title={why(a.failedPreconditions)}>
                <span>
                  <Button
                    size="small"
                    variant="outlined"
                    color={a.event === 'ADOPT' ? 'success' : 'secondary'}
                    disabled={a.failedPreconditions.length > 0 || !!busy}
                    loading={busy === a.event}
                    sx={{ whiteSpace: 'nowrap' }}
                    onClick={() => void fire(a.event as 'ADOPT' | 'NOTE')}
                  >
                    {label(MEMBER_OPINION_EVENT_LABELS[a.event])}
                  </Button>
                </span>
              </Tooltip>
            ))}
          </Box>
        </Box>
      </Box>
    </Paper>
  );
}

/** The selection toolbar of the members' side: create a council opinion from the selected ones or from scratch. */
export function MemberSelectionBar({ count, onCreateFrom, onCreateBlank, onClear }: { count: number; onCreateFrom: () => void; onCreateBlank: () => void; onClear: () => void }) {
  const { t: ot } = useTranslation('opinions');
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
      {count > 0 && (
        <>
          <Typography variant="body2" data-testid="member-selection-count">
            {ot('member.selected', { count })}
          </Typography>
          <Button size="small" onClick={onClear}>
            {ot('member.clearSelection')}
          </Button>
        </>
      )}
      <Button size="small" variant="contained" disabled={count === 0} onClick={onCreateFrom}>
        {ot('member.createFrom')}
      </Button>
      <Button size="small" variant="outlined" onClick={onCreateBlank}>
        {ot('member.createBlank')}
      </Button>
    </Box>
  );
}
