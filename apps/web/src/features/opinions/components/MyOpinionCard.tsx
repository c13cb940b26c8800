import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { LIMITS, MEMBER_OPINION_EVENT_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { MemberOpinionFieldsFragment } from '../../../generated/graphql';
import { evictDeleted } from '../../../shared/cache';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { DiffText, useInlineDiff } from '../../../shared/components/DiffText';
import { useNotify } from '../../../shared/components/Notifier';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useLang } from '../../../shared/hooks/useLang';
import { readStoredDraft } from '../../../shared/hooks/autosaveDraft';
import { clearStored } from '../../../shared/storage';
import { DeleteMemberOpinionMutation, SubmitMemberOpinionMutation } from '../graphql/opinions';
import { isDraftValue, useOpinionDraft, type DraftConflict, type DraftValue, type OpinionLike } from '../hooks/useOpinionDraft';
import { usePreconditions } from '../../../shared/workflow';
import { draftKey } from '../model/storage';
import { AutosaveStatus } from './AutosaveStatus';
import { KindPicker } from './KindPicker';
import { MemberOpinionStateChip, OpinionKindChip } from './OpinionChips';
import { UsedIn } from './UsedIn';

type Opinion = MemberOpinionFieldsFragment;

interface Props {
  opinion: Opinion;
  /** Reads the opinion again from the server; null when it is gone. */
  reload: () => Promise<OpinionLike | null>;
}

/** One of the member's own opinions: an autosaved editor while it is a draft, else what became of it. */
export function MyOpinionCard({ opinion, reload }: Props) {
  return opinion.canEdit ? <DraftOpinion opinion={opinion} reload={reload} /> : <SentOpinion opinion={opinion} />;
}

function DraftOpinion({ opinion, reload }: Props) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const notify = useNotify();
  const why = usePreconditions();
  const draft = useOpinionDraft({ opinion, reload });
  const [dialog, setDialog] = useState<'submit' | 'delete' | null>(null);
  const [submitOpinion] = useMutation(SubmitMemberOpinionMutation);
  const [deleteOpinion] = useMutation(DeleteMemberOpinionMutation);
  const submit = opinion.availableActions.find((a) => a.event === 'SUBMIT');
  const blank = !draft.value.text.trim();

  const doSubmit = async () => {
    const version = await draft.flush();
    if (version === null) return; // the status under the text says why
    await submitOpinion({ variables: { input: { id: opinion.id, version } } });
    draft.forget();
    notify(ot('entry.submitted'));
  };
  const doDelete = async () => {
    const version = await draft.pause();
    try {
      await deleteOpinion({
        variables: { input: { id: opinion.id, version } },
        update: (cache) => evictDeleted(cache, 'MemberOpinion', opinion.id),
      });
    } catch (e) {
      draft.resume();
      throw e;
    }
    draft.forget();
    notify(ot('entry.deleted'));
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="my-opinion" data-state={opinion.state}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <KindPicker value={draft.value.kind} onChange={(kind) => draft.update({ kind })} disabled={!!draft.conflict} />
        <MemberOpinionStateChip state={opinion.state} />
        <Box sx={{ flexGrow: 1 }} />
        <AutosaveStatus status={draft.status} onSaveNow={draft.saveNow} />
      </Box>
      {draft.restored && !draft.conflict && (
        <Alert severity="info" sx={{ mb: 1 }} data-testid="restored-notice">
          {ot('autosave.restored')}
        </Alert>
      )}
      {draft.conflict ? (
        <ConflictPanel conflict={draft.conflict} onResolve={draft.resolve} />
      ) : (
        <TextField
          multiline
          fullWidth
          minRows={3}
          label={ot('common.text')}
          value={draft.value.text}
          onChange={(e) => draft.update({ text: e.target.value })}
          placeholder={ot('entry.textPlaceholder')}
          slotProps={{ htmlInput: { maxLength: LIMITS.longText, 'data-testid': 'my-opinion-text' } }}
        />
      )}
      <ServerErrorAlert problem={draft.problem} />
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end', mt: 1 }}>
        <Button size="small" color="error" startIcon={<DeleteOutline />} onClick={() => setDialog('delete')}>
          {ot('entry.delete')}
        </Button>
        {submit && (
          <Tooltip title={why(submit.failedPreconditions)}>
            <span>
              <Button
                size="small"
                variant="contained"
                startIcon={<SendOutlined />}
                disabled={submit.failedPreconditions.length > 0 || blank || !!draft.conflict}
                onClick={() => setDialog('submit')}
              >
                {label(MEMBER_OPINION_EVENT_LABELS.SUBMIT)}
              </Button>
            </span>
          </Tooltip>
        )}
      </Box>
      <ConfirmDialog
        open={dialog === 'submit'}
        title={ot('entry.submitTitle')}
        message={ot('entry.submitMessage')}
        confirmLabel={label(MEMBER_OPINION_EVENT_LABELS.SUBMIT)}
        onClose={() => setDialog(null)}
        onConfirm={doSubmit}
      />
      <ConfirmDialog
        open={dialog === 'delete'}
        title={ot('entry.deleteTitle')}
        message={ot('entry.deleteMessage')}
        confirmLabel={ot('entry.delete')}
        danger
        onClose={() => setDialog(null)}
        onConfirm={doDelete}
      />
    </Paper>
  );
}

/** Both texts side by side; the user keeps the latest, or edits and saves their own on top of it. */
function ConflictPanel({ conflict, onResolve }: { conflict: DraftConflict; onResolve: (v: DraftValue) => void }) {
  const { t: ot } = useTranslation('opinions');
  const [mine, setMine] = useState(conflict.mine.text);
  const parts = useInlineDiff(conflict.theirs.text, conflict.mine.text);
  return (
    <Box data-testid="opinion-conflict">
      <Alert severity="warning" role="alert" sx={{ mb: 1 }}>
        <AlertTitle sx={{ fontWeight: 700 }}>{ot('conflict.title')}</AlertTitle>
        {ot('conflict.intro')}
      </Alert>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 1.5, mb: 1 }}>
        <Box>
          <Typography variant="caption" sx={{ fontWeight: 700 }}>
            {ot('conflict.theirs')}
          </Typography>
          <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
            <OpinionKindChip kind={conflict.theirs.kind} />
            <DiffText parts={parts} side="left" testId="conflict-theirs" />
          </Box>
        </Box>
        <Box>
          <Typography variant="caption" sx={{ fontWeight: 700 }}>
            {ot('conflict.mine')}
          </Typography>
          <TextField
            multiline
            fullWidth
            minRows={3}
            value={mine}
            onChange={(e) => setMine(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'conflict-mine', 'aria-label': ot('conflict.mine'), maxLength: LIMITS.longText } }}
          />
        </Box>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
        <Button size="small" onClick={() => onResolve(conflict.theirs)}>
          {ot('conflict.useTheirs')}
        </Button>
        <Button size="small" variant="contained" disabled={!mine.trim()} onClick={() => onResolve({ kind: conflict.mine.kind, text: mine })}>
          {ot('conflict.saveMine')}
        </Button>
      </Box>
    </Box>
  );
}

/** A submitted (adopted, noted) opinion: its text, and the council opinions it went into. */
function SentOpinion({ opinion }: { opinion: Opinion }) {
  const { t: ot } = useTranslation('opinions');
  const { dateTime } = useLang();
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="my-opinion" data-state={opinion.state}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <OpinionKindChip kind={opinion.kind} />
        <MemberOpinionStateChip state={opinion.state} />
        <Box sx={{ flexGrow: 1 }} />
        {opinion.submittedAt && (
          <Typography variant="caption" color="text.secondary">
            {ot('common.submittedAt', { at: dateTime(opinion.submittedAt) })}
          </Typography>
        )}
      </Box>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} data-testid="my-opinion-text">
        {opinion.text}
      </Typography>
      <Leftover opinion={opinion} />
      {opinion.state !== 'DRAFT' && <UsedIn uses={opinion.usedIn} />}
    </Paper>
  );
}

/** Text typed in this browser that never reached the server before the opinion was locked: shown, not lost. */
function Leftover({ opinion }: { opinion: Opinion }) {
  const { t: ot } = useTranslation('opinions');
  const [stored, setStored] = useState(() => readStoredDraft(draftKey(opinion.id), isDraftValue));
  if (!stored || stored.value.text === opinion.text) return null;
  return (
    <Alert
      severity="warning"
      sx={{ mt: 1 }}
      onClose={() => {
        clearStored(draftKey(opinion.id));
        setStored(null);
      }}
      data-testid="opinion-leftover"
    >
      <AlertTitle>{ot('autosave.locked')}</AlertTitle>
      <Box sx={{ whiteSpace: 'pre-wrap' }}>{stored.value.text}</Box>
    </Alert>
  );
}
