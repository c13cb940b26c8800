import { useCallback } from 'react';
import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { PRECONDITION_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../hooks/useLang';

/** A precondition's code in words (PRECONDITION_LABELS); an unknown code as it is. */
export function usePreconditionLabel() {
  const { label } = useLang();
  return useCallback((code: string) => (PRECONDITION_LABELS[code] ? label(PRECONDITION_LABELS[code]) : code), [label]);
}

/** Why an offered action is disabled, in one line (a tooltip's text); empty when nothing fails. */
export function usePreconditions() {
  const { t } = useTranslation('workflow');
  const name = usePreconditionLabel();
  return useCallback(
    (codes: readonly string[]): string => (codes.length === 0 ? '' : t('actions.failedList', { list: codes.map(name).join('、') })),
    [name, t],
  );
}

/** The failed preconditions as a list under a heading; with `showMet`, says so when none fails. */
export function FailedPreconditions({ codes, showMet = false }: { codes: readonly string[]; showMet?: boolean }) {
  const { t } = useTranslation('workflow');
  const name = usePreconditionLabel();
  if (codes.length === 0)
    return showMet ? (
      <Typography variant="body2" color="success.main" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.75 }}>
        <CheckCircleOutlined fontSize="small" /> {t('actions.allMet')}
      </Typography>
    ) : null;
  return (
    <Box sx={{ flex: '1 1 320px', minWidth: 0 }} data-testid="failed-preconditions">
      <Typography variant="body2" sx={{ fontWeight: 700, mt: 0.5 }}>
        {t('actions.failedPreconditions')}
      </Typography>
      <List dense disablePadding>
        {codes.map((code) => (
          <ListItem key={code} disableGutters sx={{ py: 0 }}>
            <ListItemIcon sx={{ minWidth: 28 }}>
              <CancelOutlined fontSize="small" color="error" />
            </ListItemIcon>
            <ListItemText primary={name(code)} />
          </ListItem>
        ))}
      </List>
    </Box>
  );
}
