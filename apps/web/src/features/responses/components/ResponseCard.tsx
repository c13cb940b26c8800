import { useState } from 'react';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { useLang } from '../../../shared/hooks/useLang';
import { TransitionHistory } from '../../../shared/workflow';
import { useResponseDraft } from '../hooks/useResponseDraft';
import { useResponseMutations } from '../hooks/useResponseMutations';
import { responseWorkflow } from '../workflow';
import type { EntryResponse } from '../model';
import { ResponseActions } from './ResponseActions';
import { ResponseDraftEditor } from './ResponseDraftEditor';
import { CategoryChip, ResponseStateChip } from './ResponseParts';

/** The comment of the last return (or reopening), shown to its department while it is returned. */
export function returnComment(r: Pick<EntryResponse, 'state' | 'transitions'>): string | null {
  if (r.state !== 'RETURNED') return null;
  const last = [...r.transitions].reverse().find((x) => x.toState === 'RETURNED');
  return last?.comment ?? null;
}

/**
 * One response: what it answers, its state and category, its text, and what the caller may do with it; its
 * department edits a draft (or a returned one) in place, saved as it types.
 */
export function ResponseCard({ response, onReload }: { response: EntryResponse; onReload: () => Promise<EntryResponse | undefined> }) {
  const { t: rt } = useTranslation('responses');
  const { date } = useLang();
  const { remove } = useResponseMutations();
  const [open, setOpen] = useState<'delete' | 'history' | null>(null);
  const comment = returnComment(response);
  const editable = response.permissions.canEdit;
  const draft = useResponseDraft(response, onReload);
  return (
    <Box data-testid="response" data-state={response.state} data-marks={response.marks}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mb: 0.5 }}>
        <Typography sx={{ fontWeight: 700, color: 'primary.main' }} data-testid="response-marks">
          {response.marks}
        </Typography>
        <ResponseStateChip state={response.state} />
        <CategoryChip category={response.category} />
        {response.dueDate && (
          <Typography variant="caption" color="text.secondary">
            {rt('entry.due', { date: date(response.dueDate) })}
          </Typography>
        )}
      </Box>
      {comment && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="response-returned">
          <strong>{rt('entry.returnedWith')}:</strong> {comment}
        </Alert>
      )}
      {editable ? (
        <ResponseDraftEditor draft={draft} marks={response.marks} />
      ) : (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="response-text">
          {response.text}
        </Typography>
      )}
      {response.category === 'DIFFICULT' && response.difficultyReason && (
        <Typography variant="caption" color="warning.main" component="div">
          {rt('entry.reason', { reason: response.difficultyReason })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mt: 1, alignItems: 'center' }}>
        <ResponseActions response={response} onReload={onReload} prepare={editable ? draft.prepareTransition : undefined} compact />
        {response.permissions.seesHistory && (
          <Button size="small" startIcon={<HistoryOutlined />} onClick={() => setOpen('history')}>
            {rt('entry.history')}
          </Button>
        )}
        {response.permissions.canDelete && (
          <Button size="small" color="error" startIcon={<DeleteOutline />} onClick={() => setOpen('delete')}>
            {rt('entry.delete')}
          </Button>
        )}
      </Box>
      <ConfirmDialog
        open={open === 'delete'}
        title={rt('entry.deleteTitle')}
        message={rt('entry.deleteMessage', { marks: response.marks })}
        confirmLabel={rt('entry.delete')}
        danger
        onClose={() => setOpen(null)}
        onReload={() => void onReload()}
        onConfirm={() => remove({ variables: { input: { id: response.id, version: response.version } } })}
      />
      <Dialog open={open === 'history'} onClose={() => setOpen(null)} maxWidth="md" fullWidth aria-labelledby="response-history-title">
        <DialogTitle id="response-history-title">{rt('entry.historyTitle', { marks: response.marks })}</DialogTitle>
        <DialogContent dividers>
          <TransitionHistory config={responseWorkflow} transitions={response.transitions} title={rt('entry.transitions')} empty={rt('entry.noTransitions')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)}>{rt('entry.close')}</Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
