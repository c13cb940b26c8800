import { useState } from 'react';
import CancelOutlined from '@mui/icons-material/CancelOutlined';
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_EVENT_LABELS, PRECONDITION_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { CycleActionFieldsFragment } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';
import { AdvanceDialog } from './AdvanceDialog';

type Action = CycleActionFieldsFragment['availableActions'][number];

/**
 * The phase changes the server offers this user now (`availableActions`), nothing else: each with the
 * preconditions that fail, and the override (with a written reason) where the server allows it.
 */
export function PhaseActions({ cycle, onReload }: { cycle: CycleActionFieldsFragment; onReload: () => Promise<{ version: number } | undefined> }) {
  const { t } = useTranslation();
  const { label } = useLang();
  const [open, setOpen] = useState<{ action: Action; override: boolean } | null>(null);
  if (cycle.availableActions.length === 0) return null;

  return (
    <Paper sx={{ p: 2, mb: 2 }} component="section" aria-labelledby="phase-actions-title">
      <Typography variant="h3" component="h2" id="phase-actions-title" sx={{ mb: 1 }}>
        {t('cycles.phaseActions')}
      </Typography>
      {cycle.availableActions.map((action) => {
        const failed = action.failedPreconditions;
        return (
          <Box key={action.event} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }}>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              <Button variant="contained" disabled={failed.length > 0} onClick={() => setOpen({ action, override: false })}>
                {label(CYCLE_PHASE_EVENT_LABELS[action.event])}
              </Button>
              {failed.length > 0 && action.mayOverride && (
                <Button variant="outlined" color="warning" onClick={() => setOpen({ action, override: true })}>
                  {t('cycles.overrideAction')}
                </Button>
              )}
            </Box>
            <Box sx={{ flex: '1 1 320px', minWidth: 0 }}>
              {failed.length === 0 ? (
                <Typography variant="body2" color="success.main" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, mt: 0.75 }}>
                  <CheckCircleOutlined fontSize="small" /> {t('cycles.allPreconditionsMet')}
                </Typography>
              ) : (
                <>
                  <Typography variant="body2" sx={{ fontWeight: 700, mt: 0.5 }}>
                    {t('cycles.failedPreconditions')}
                  </Typography>
                  <List dense disablePadding>
                    {failed.map((code) => (
                      <ListItem key={code} disableGutters sx={{ py: 0 }}>
                        <ListItemIcon sx={{ minWidth: 28 }}>
                          <CancelOutlined fontSize="small" color="error" />
                        </ListItemIcon>
                        <ListItemText primary={PRECONDITION_LABELS[code] ? label(PRECONDITION_LABELS[code]) : code} />
                      </ListItem>
                    ))}
                  </List>
                </>
              )}
            </Box>
          </Box>
        );
      })}
      {open && <AdvanceDialog cycle={cycle} action={open.action} override={open.override} onClose={() => setOpen(null)} onReload={onReload} />}
    </Paper>
  );
}
