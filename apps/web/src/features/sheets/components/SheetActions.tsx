import { useState } from 'react';
import CancelOutlined from '@mui/icons-material/CancelOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { PRECONDITION_LABELS, SHEET_EVENT_LABELS, type SheetEvent } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import { TransitionDialog, type SheetActionLike } from './TransitionDialog';

type Action = SheetActionLike & { failedPreconditions: readonly string[] };

const VARIANT: Record<SheetEvent, { variant: 'contained' | 'outlined'; color: 'primary' | 'success' | 'warning' }> = {
  SUBMIT: { variant: 'contained', color: 'primary' },
  ACCEPT: { variant: 'contained', color: 'success' },
  RETURN: { variant: 'outlined', color: 'warning' },
  REOPEN: { variant: 'outlined', color: 'warning' },
};

interface Props {
  sheet: { id: string; version: number; project: { name: string }; availableActions: readonly Action[] };
  onReload: () => void;
  prepare?: () => Promise<number | null>;
  /** Compact: buttons only (the review queue's rows). */
  compact?: boolean;
}

/**
 * The workflow buttons the server offers this user now (`availableActions`), nothing else; an action
 * whose preconditions fail is disabled, with the conditions listed (PRECONDITION_LABELS).
 */
export function SheetActions({ sheet, onReload, prepare, compact = false }: Props) {
  const { t: st } = useTranslation('sheets');
  const { label } = useLang();
  const [open, setOpen] = useState<Action | null>(null);
  if (sheet.availableActions.length === 0) return null;
  const failed = [...new Set(sheet.availableActions.flatMap((a) => a.failedPreconditions))];

  return (
    <Box sx={compact ? { display: 'inline-flex', gap: 1 } : { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }} data-testid="sheet-actions">
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
        {sheet.availableActions.map((action) => (
          <Button
            key={action.event}
            size={compact ? 'small' : 'medium'}
            variant={VARIANT[action.event].variant}
            color={VARIANT[action.event].color}
            disabled={action.failedPreconditions.length > 0}
            onClick={() => setOpen(action)}
          >
            {label(SHEET_EVENT_LABELS[action.event])}
          </Button>
        ))}
      </Box>
      {!compact && failed.length > 0 && (
        <Box sx={{ flex: '1 1 320px', minWidth: 0 }} data-testid="failed-preconditions">
          <Typography variant="body2" sx={{ fontWeight: 700 }}>
            {st('sheet.failedPreconditions')}
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
        </Box>
      )}
      {open && <TransitionDialog sheet={sheet} action={open} onClose={() => setOpen(null)} onReload={onReload} prepare={open.event === 'SUBMIT' ? prepare : undefined} />}
    </Box>
  );
}
