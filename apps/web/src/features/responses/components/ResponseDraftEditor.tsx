import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { LIMITS, RESPONSE_CATEGORIES, RESPONSE_CATEGORIES_WITH_REASON, RESPONSE_CATEGORY_LABELS, type ResponseCategory } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { SaveStatusIcon } from '../../../shared/components/SaveStatusIcon';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useLang } from '../../../shared/hooks/useLang';
import type { ResponseDraftState } from '../hooks/useResponseDraft';

const COLORS = { saved: 'success.main', dirty: 'text.secondary', saving: 'text.secondary', offline: 'warning.main', invalid: 'text.secondary', error: 'error.main', conflict: 'warning.main', locked: 'text.secondary' } as const;

/** The department's draft (or returned) response, edited in place and saved as it is typed. */
export function ResponseDraftEditor({ draft, marks }: { draft: ResponseDraftState; marks: string }) {
  const { t: rt } = useTranslation('responses');
  const { label } = useLang();
  const { value, set, status, problem, conflict, resolve } = draft;
  const needsReason = value.category !== '' && RESPONSE_CATEGORIES_WITH_REASON.includes(value.category);
  return (
    <Box sx={{ display: 'grid', gap: 1.5, mt: 1 }} data-testid="response-editor">
      {conflict && (
        <Alert
          severity="warning"
          action={
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button color="inherit" size="small" onClick={() => resolve(conflict.theirs)}>
                {rt('draft.useTheirs')}
              </Button>
              <Button color="inherit" size="small" onClick={() => resolve(conflict.mine)}>
                {rt('draft.keepMine')}
              </Button>
            </Box>
          }
        >
          {rt('draft.conflict')}
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
            {conflict.theirs.text}
          </Typography>
        </Alert>
      )}
      <ServerErrorAlert problem={status === 'error' ? problem : null} />
      <TextField
        label={`${marks} ${rt('form.text')}`}
        value={value.text}
        onChange={(e) => set({ text: e.target.value })}
        multiline
        minRows={3}
        slotProps={{ htmlInput: { maxLength: LIMITS.longText } }}
      />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        <TextField
          select
          label={`${marks} ${rt('form.category')}`}
          value={value.category}
          onChange={(e) => set({ category: e.target.value as ResponseCategory })}
          fullWidth={false}
          sx={{ minWidth: 160 }}
        >
          {RESPONSE_CATEGORIES.map((c) => (
            <MenuItem key={c} value={c}>
              {label(RESPONSE_CATEGORY_LABELS[c])}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="date"
          label={`${marks} ${rt('form.dueDate')}`}
          value={value.dueDate}
          onChange={(e) => set({ dueDate: e.target.value })}
          fullWidth={false}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      {needsReason && (
        <TextField
          label={`${marks} ${rt('form.difficultyReason')}`}
          value={value.difficultyReason}
          onChange={(e) => set({ difficultyReason: e.target.value })}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: LIMITS.reason } }}
        />
      )}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
        <SaveStatusIcon status={status} color={COLORS[status]} />
        <Typography variant="caption" role="status" aria-live="polite" data-testid="autosave-status" data-status={status} sx={{ color: COLORS[status] }}>
          {rt(`draft.${status}`)}
        </Typography>
      </Box>
    </Box>
  );
}
