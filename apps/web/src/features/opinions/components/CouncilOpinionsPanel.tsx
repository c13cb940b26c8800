import { useState, type DragEvent } from 'react';
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import CallSplitOutlined from '@mui/icons-material/CallSplitOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import DragIndicatorOutlined from '@mui/icons-material/DragIndicatorOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import MoreVertOutlined from '@mui/icons-material/MoreVertOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { COUNCIL_OPINION_EVENT_LABELS, OPINION_KIND_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { TagMarks } from '../../../shared/components/TagMarks';
import { useLang } from '../../../shared/hooks/useLang';
import { isEditable, type ConsolidationCouncilOpinion } from '../hooks/useConsolidation';
import { usePreconditions } from '../../../shared/workflow';
import { CouncilOpinionStateChip } from './OpinionChips';

type Opinion = ConsolidationCouncilOpinion;

export type CouncilCommand = 'edit' | 'split' | 'delete' | 'revisions' | 'reopen';

interface Props {
  opinions: readonly Opinion[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onCommand: (command: CouncilCommand, opinion: Opinion) => void;
  /** The full list in its new order (moved with the arrows or dragged). */
  onReorder: (order: Opinion[]) => void;
  busy: boolean;
}

/** The entry's council opinions in their order (①②③…), each with its sources and what may be done with it. */
export function CouncilOpinionsPanel({ opinions, selected, onToggle, onCommand, onReorder, busy }: Props) {
  const { t: ot } = useTranslation('opinions');
  const [dragged, setDragged] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);

  const move = (from: number, to: number) => {
    if (to < 0 || to >= opinions.length || from === to) return;
    const order = [...opinions];
    const [item] = order.splice(from, 1);
    order.splice(to, 0, item!);
    onReorder(order);
  };

  const dropOn = (e: DragEvent, targetId: string) => {
    e.preventDefault();
    const from = opinions.findIndex((o) => o.id === dragged);
    const to = opinions.findIndex((o) => o.id === targetId);
    setDragged(null);
    setOver(null);
    if (from >= 0 && to >= 0) move(from, to);
  };

  if (opinions.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="council-none">
        {ot('council.none')}
      </Typography>
    );
  }
  return (
    <Stack spacing={1.25} data-testid="council-opinions">
      {opinions.map((o, i) => {
        const editable = isEditable(o);
        return (
          <Paper
            key={o.id}
            variant="outlined"
            data-testid="council-opinion"
            data-state={o.state}
            data-mark={o.mark}
            draggable={editable && !busy}
            onDragStart={(e) => {
              setDragged(o.id);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', o.id);
            }}
            onDragEnd={() => {
              setDragged(null);
              setOver(null);
            }}
            onDragOver={(e) => {
              if (!dragged || !editable) return;
              e.preventDefault();
              setOver(o.id);
            }}
            onDragLeave={() => setOver((v) => (v === o.id ? null : v))}
            onDrop={(e) => dropOn(e, o.id)}
            sx={{
              p: 1.25,
              display: 'flex',
              gap: 1,
              opacity: dragged === o.id ? 0.5 : 1,
              borderColor: over === o.id && dragged !== o.id ? 'secondary.main' : selected.has(o.id) ? 'primary.main' : 'divider',
              borderWidth: over === o.id && dragged !== o.id ? 2 : 1,
              bgcolor: o.state === 'CONFIRMED' ? '#f6faf7' : selected.has(o.id) ? 'rgba(31, 78, 121, 0.04)' : undefined,
            }}
          >
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 0.25 }}>
              <Checkbox checked={selected.has(o.id)} onChange={() => onToggle(o.id)} size="small" sx={{ p: 0.5 }} slotProps={{ input: { 'aria-label': ot('council.select', { mark: o.mark }) } }} />
              {editable && (
                <>
                  <Tooltip title={ot('council.dragHandle', { mark: o.mark })}>
                    <DragIndicatorOutlined fontSize="small" sx={{ color: 'text.disabled', cursor: 'grab' }} aria-hidden />
                  </Tooltip>
                  <IconButton size="small" disabled={i === 0 || busy} onClick={() => move(i, i - 1)} aria-label={`${o.mark} ${ot('council.moveUp')}`}>
                    <ArrowUpwardOutlined fontSize="small" />
                  </IconButton>
                  <IconButton size="small" disabled={i === opinions.length - 1 || busy} onClick={() => move(i, i + 1)} aria-label={`${o.mark} ${ot('council.moveDown')}`}>
                    <ArrowDownwardOutlined fontSize="small" />
                  </IconButton>
                </>
              )}
            </Box>
            <Typography sx={{ fontSize: '1.5rem', lineHeight: 1.2, fontWeight: 700, color: 'primary.main', minWidth: '1.5em' }} data-testid="council-opinion-mark">
              {o.mark}
            </Typography>
            <Box sx={{ flexGrow: 1, minWidth: 0 }}>
              <CouncilOpinionBody opinion={o} />
            </Box>
            <CardActions opinion={o} editable={editable} onCommand={onCommand} />
          </Paper>
        );
      })}
    </Stack>
  );
}

function CouncilOpinionBody({ opinion }: { opinion: Opinion }) {
  const { t: ot } = useTranslation('opinions');
  const { label, date } = useLang();
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <CouncilOpinionStateChip state={opinion.state} />
        <TagMarks tags={opinion.tags} />
        {opinion.state === 'CONFIRMED' && opinion.confirmedOn && (
          <Typography variant="caption" color="text.secondary" data-testid="council-opinion-confirmed">
            {ot('common.confirmedOn', { date: date(opinion.confirmedOn), by: opinion.confirmedBy ?? '' })}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="council-opinion-text">
        {opinion.text}
      </Typography>
      <Box sx={{ mt: 0.75 }} data-testid="council-opinion-sources">
        <Typography variant="caption" sx={{ fontWeight: 700 }}>
          {ot('council.sources')}
        </Typography>
        {opinion.sources.length === 0 ? (
          <Typography variant="caption" color="text.secondary" sx={{ ml: 1 }}>
            {ot('council.sourcesNone')}
          </Typography>
        ) : (
          opinion.sources.map((s) => (
            <Typography key={s.id} variant="caption" component="div" color="text.secondary" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={s.text}>
              ・{s.author.name}（{label(OPINION_KIND_LABELS[s.kind])}）{s.text}
            </Typography>
          ))
        )}
      </Box>
    </>
  );
}

/** Edit is the one button; the rest (split, earlier wordings, delete, reopen) are in the menu. */
function CardActions({ opinion, editable, onCommand }: { opinion: Opinion; editable: boolean; onCommand: (c: CouncilCommand, o: Opinion) => void }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const why = usePreconditions();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const reopen = opinion.availableActions.find((a) => a.event === 'REOPEN');
  const run = (c: CouncilCommand) => {
    setAnchor(null);
    onCommand(c, opinion);
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 0.5 }}>
      {editable && (
        <Button size="small" startIcon={<EditOutlined />} onClick={() => onCommand('edit', opinion)}>
          {ot('council.edit')}
        </Button>
      )}
      <IconButton size="small" onClick={(e) => setAnchor(e.currentTarget)} aria-label={`${opinion.mark} ${ot('common.moreActions')}`}>
        <MoreVertOutlined fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {editable && (
          <MenuItem onClick={() => run('split')}>
            <ListItemIcon>
              <CallSplitOutlined fontSize="small" />
            </ListItemIcon>
            {ot('council.split')}
          </MenuItem>
        )}
        <MenuItem onClick={() => run('revisions')}>
          <ListItemIcon>
            <HistoryOutlined fontSize="small" />
          </ListItemIcon>
          {ot('council.revisions')}
        </MenuItem>
        {reopen && (
          <Tooltip title={why(reopen.failedPreconditions)} placement="left">
            <span>
              <MenuItem onClick={() => run('reopen')} disabled={reopen.failedPreconditions.length > 0}>
                <ListItemIcon>
                  <LockOpenOutlined fontSize="small" />
                </ListItemIcon>
                {label(COUNCIL_OPINION_EVENT_LABELS.REOPEN)}
              </MenuItem>
            </span>
          </Tooltip>
        )}
        {editable && (
          <MenuItem onClick={() => run('delete')} sx={{ color: 'error.main' }}>
            <ListItemIcon>
              <DeleteOutline fontSize="small" color="error" />
            </ListItemIcon>
            {ot('council.delete')}
          </MenuItem>
        )}
      </Menu>
    </Box>
  );
}
