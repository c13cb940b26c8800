import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/components/Notifier';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { clearStored, readStored, writeStored } from '../../../shared/storage';
import { CreateMemberOpinionMutation } from '../graphql/opinions';
import { isDraftValue, type DraftValue } from '../hooks/useOpinionDraft';
import { newOpinionKey } from '../model/storage';
import { KindPicker } from './KindPicker';

/** Adds a draft opinion (kind and text); what is typed is kept in the browser until it is added. */
export function NewOpinionForm({ projectId, onAdded }: { projectId: string; onAdded: () => Promise<unknown> }) {
  const { t: ot } = useTranslation('opinions');
  const notify = useNotify();
  const [initial] = useState(() => readStored(newOpinionKey(projectId), isDraftValue));
  const [value, setValue] = useState<DraftValue>(initial ?? { kind: 'POSITIVE', text: '' });
  const [restored, setRestored] = useState(!!initial?.text);
  const { problem, handle, clear } = useServerErrors();
  const [create, { loading }] = useMutation(CreateMemberOpinionMutation);

  const change = (patch: Partial<DraftValue>) => {
    const next = { ...value, ...patch };
    setValue(next);
    setRestored(false);
    if (next.text) writeStored(newOpinionKey(projectId), next);
    else clearStored(newOpinionKey(projectId));
  };
  const add = async () => {
    clear();
    try {
      await create({ variables: { input: { projectId, kind: value.kind, text: value.text } } });
      clearStored(newOpinionKey(projectId));
      setValue({ kind: value.kind, text: '' });
      await onAdded();
      notify(ot('entry.added'));
    } catch (e) {
      handle(e);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5, borderStyle: 'dashed' }} component="section" aria-labelledby="new-opinion-title" data-testid="new-opinion">
      <Typography variant="subtitle2" component="h3" id="new-opinion-title" sx={{ mb: 1 }}>
        {ot('entry.addTitle')}
      </Typography>
      {restored && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {ot('entry.restoredNew')}
        </Alert>
      )}
      <ServerErrorAlert problem={problem} />
      <Box sx={{ mb: 1 }}>
        <KindPicker value={value.kind} onChange={(kind) => change({ kind })} />
      </Box>
      <TextField
        multiline
        fullWidth
        minRows={3}
        label={ot('common.text')}
        placeholder={ot('entry.textPlaceholder')}
        value={value.text}
        onChange={(e) => change({ text: e.target.value })}
        helperText={ot('entry.addHelp')}
        slotProps={{ htmlInput: { maxLength: LIMITS.longText, 'data-testid': 'new-opinion-text' } }}
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1 }}>
        <Button variant="outlined" startIcon={<AddOutlined />} onClick={add} loading={loading} disabled={!value.text.trim()}>
          {ot('entry.addButton')}
        </Button>
      </Box>
    </Paper>
  );
}
