import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DiffText, useInlineDiff } from '../../../shared/components/DiffText';
import type { ResponseQueueQuery } from '../../../generated/graphql';
import { ResponseActions } from './ResponseActions';
import { useCategoryLabel } from './ResponseParts';

type QueueResponse = ResponseQueueQuery['responses'][number];

/** Side by side, like a code review: the version the secretariat returned and what came back; approve or return from here. */
export function ResponseDiffDialog({ response, onClose, onReload }: { response: QueueResponse; onClose: () => void; onReload: () => Promise<{ version: number } | undefined> }) {
  const { t: rt } = useTranslation('responses');
  const category = useCategoryLabel();
  const base = response.returned;
  const describe = (r: { marks: string; category?: QueueResponse['category']; text: string }) => `${r.marks}【${category(r.category)}】\n${r.text}`;
  const parts = useInlineDiff(base ? describe(base) : describe(response), describe(response));
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="response-diff-title">
      <DialogTitle id="response-diff-title">
        {rt('queue.diffTitle')}: {response.project.name} {response.marks}
      </DialogTitle>
      <DialogContent dividers>
        <Box sx={{ mb: 1.5 }}>
          <Typography variant="caption" sx={{ fontWeight: 700 }}>
            {rt('queue.opinions')}
          </Typography>
          {response.councilOpinions.map((o) => (
            <Typography key={o.id} variant="body2" sx={{ overflowWrap: 'anywhere' }}>
              {o.mark} {o.text}
            </Typography>
          ))}
        </Box>
        {!base && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{rt('queue.noReturned')}</Typography>}
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) minmax(0, 1fr)' }, gap: 2 }} data-testid="response-diff">
          {base && (
            <Box>
              <Typography variant="subtitle2">{rt('queue.returnedVersion', { version: base.version })}</Typography>
              <DiffText parts={parts} side="left" testId="diff-left" />
            </Box>
          )}
          <Box>
            <Typography variant="subtitle2">{rt('queue.currentVersion', { version: response.version })}</Typography>
            <DiffText parts={parts} side="right" testId="diff-right" />
          </Box>
        </Box>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <ResponseActions response={response} context={response.project.name} onReload={onReload} compact />
        <Button onClick={onClose}>{rt('entry.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
