import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { DIFF_COLORS, useInlineDiff } from '../../../shared/components/DiffText';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { CouncilOpinionRevisionsQuery } from '../graphql/opinions';

interface Props {
  opinion: { id: string; mark: string };
  projectId: string;
  onClose: () => void;
}

/** The earlier wordings of a council opinion, newest first, each with what the next version changed. */
export function RevisionsDialog({ opinion, projectId, onClose }: Props) {
  const { t: ot } = useTranslation('opinions');
  const { dateTime } = useLang();
  const q = useQuery(CouncilOpinionRevisionsQuery, { variables: { projectId }, fetchPolicy: 'network-only' });
  const current = q.data?.project.councilOpinions.find((o) => o.id === opinion.id);

  return (
    <Dialog open onClose={onClose} maxWidth="md" aria-labelledby="revisions-title">
      <DialogTitle id="revisions-title">{ot('council.revisionsTitle', { mark: opinion.mark })}</DialogTitle>
      <DialogContent dividers data-testid="revisions">
        <QueryState loading={q.loading} error={q.error} hasData={!!q.data}>
          {current && (
            <>
              <Typography variant="caption" sx={{ fontWeight: 700 }}>
                {ot('council.current')}（{ot('council.revisionVersion', { version: current.version })}・{dateTime(current.updatedAt)}）
              </Typography>
              <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mb: 2 }}>
                {current.text}
              </Typography>
              {current.revisions.length === 0 && (
                <Typography variant="body2" color="text.secondary">
                  {ot('council.revisionsNone')}
                </Typography>
              )}
              {current.revisions.map((r, k) => (
                <Box key={r.version} sx={{ mb: 2 }} data-testid="revision">
                  <Divider sx={{ mb: 1 }} />
                  <Typography variant="caption" sx={{ fontWeight: 700 }}>
                    {ot('council.revisionVersion', { version: r.version })}・{r.savedByName ? ot('council.revisionBy', { at: dateTime(r.savedAt), name: r.savedByName }) : dateTime(r.savedAt)}
                  </Typography>
                  <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="revision-text">
                    {r.text}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
                    {ot('council.changesFrom')}
                  </Typography>
                  <InlineDiff from={r.text} to={k === 0 ? current.text : current.revisions[k - 1]!.text} />
                </Box>
              ))}
            </>
          )}
        </QueryState>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{ot('common.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}

/** Removed text struck through in red, added text in green. */
function InlineDiff({ from, to }: { from: string; to: string }) {
  const parts = useInlineDiff(from, to);
  return (
    <Box sx={{ whiteSpace: 'pre-wrap', fontSize: '0.8125rem', lineHeight: 1.7, bgcolor: 'background.default', p: 1, borderRadius: 1 }}>
      {parts.map((p, i) =>
        p.added ? (
          <Box key={i} component="ins" sx={{ bgcolor: DIFF_COLORS.added, color: DIFF_COLORS.addedText, textDecoration: 'none' }}>
            {p.value}
          </Box>
        ) : p.removed ? (
          <Box key={i} component="del" sx={{ bgcolor: DIFF_COLORS.removed, color: DIFF_COLORS.removedText }}>
            {p.value}
          </Box>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </Box>
  );
}
