import type { ReactElement } from 'react';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { useTranslation } from 'react-i18next';

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

/** Every set-up row's "edit", named alike so that tests and screen readers find it the same way. */
export function EditAction({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return <RowAction label={t('common.edit')} icon={<EditOutlined fontSize="small" />} onClick={onClick} />;
}

/** Every set-up row's "delete", in the error colour. */
export function DeleteAction({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation();
  return <RowAction label={t('common.delete')} icon={<DeleteOutlined fontSize="small" />} color="error" onClick={onClick} />;
}
