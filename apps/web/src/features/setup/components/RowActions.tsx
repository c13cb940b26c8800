import type { ReactElement } from 'react';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';

/** A small icon button with its label as tooltip and accessible name. */
export function RowAction({ label, icon, onClick, color }: { label: string; icon: ReactElement; onClick: () => void; color?: 'error' | 'primary' }) {
  return (
    <Tooltip title={label}>
      <IconButton size="small" aria-label={label} onClick={onClick} color={color}>
        {icon}
      </IconButton>
    </Tooltip>
  );
}
