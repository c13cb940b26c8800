import { useState, type FormEvent } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { useNotify } from '../../../shared/components/Notifier';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { useConsolidationMutations, type ConsolidationCouncilOpinion } from '../hooks/useConsolidation';
import { initialParts } from '../model/split';

/** Split one council opinion into consecutive parts (at least two). */
export function SplitDialog({ opinion, onClose, onReload }: { opinion: ConsolidationCouncilOpinion; onClose: () => void; onReload: () => void }) {
  const { t: ot } = useTranslation('opinions');
  const notify = useNotify();
  const { split } = useConsolidationMutations();
  const { problem, handle, clear } = useServerErrors();
  const [parts, setParts] = useState(() => initialParts(opinion.text));
  const [busy, setBusy] = useState(false);
  const [tooFew, setTooFew] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    clear();
    const texts = parts.map((p) => p.trim()).filter(Boolean);
    setTooFew(texts.length < 2);
    if (texts.length < 2) return;
    setBusy(true);
    try {
      await split({ variables: { input: { id: opinion.id, version: opinion.version, texts } } });
      notify(ot('council.splitDone', { count: texts.length }));
      onClose();
    } catch (err) {
      handle(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormDialog
      open
      title={ot('council.splitTitle', { mark: opinion.mark })}
      onClose={onClose}
      onSubmit={submit}
      submitting={busy}
      problem={problem}
      onReload={() => {
        onReload();
        onClose();
      }}
      submitLabel={ot('council.split')}
      maxWidth="md"
    >
      <Typography variant="body2" color="text.secondary">
        {ot('council.splitHelp')}
      </Typography>
      {parts.map((part, i) => (
        <Box key={i} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <TextField
            multiline
            minRows={2}
            label={ot('council.part', { n: i + 1 })}
            value={part}
            onChange={(e) => setParts((ps) => ps.map((p, j) => (j === i ? e.target.value : p)))}
            slotProps={{ htmlInput: { maxLength: LIMITS.longText } }}
          />
          <IconButton aria-label={ot('council.removePart')} disabled={parts.length <= 2} onClick={() => setParts((ps) => ps.filter((_, j) => j !== i))}>
            <DeleteOutline fontSize="small" />
          </IconButton>
        </Box>
      ))}
      {tooFew && (
        <Typography variant="body2" color="error" role="alert">
          {ot('council.partsRequired')}
        </Typography>
      )}
      <Box>
        <Button size="small" startIcon={<AddOutlined />} onClick={() => setParts((ps) => [...ps, ''])} disabled={parts.length >= 20}>
          {ot('council.addPart')}
        </Button>
      </Box>
    </FormDialog>
  );
}
