import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { useNotify } from '../../../shared/components/Notifier';

interface Props {
  /** How the row is called in the question ("Delete …?"). */
  name: string;
  onClose: () => void;
  /** The delete mutation with the version the list read; throws to keep the dialog open with the reason. */
  onDelete: () => Promise<unknown>;
  /** Reads the list again (offered on CONFLICT). */
  onReload: () => void;
}

/** The set-up lists' one way of asking before a row is deleted, and of saying that it was. */
export function DeleteRowDialog({ name, onClose, onDelete, onReload }: Props) {
  const { t } = useTranslation();
  const notify = useNotify();
  return (
    <ConfirmDialog
      open
      danger
      title={t('common.deleteTitle')}
      message={t('common.deleteMessage', { name })}
      confirmLabel={t('common.delete')}
      onClose={onClose}
      onConfirm={async () => {
        await onDelete();
        notify(t('common.deleted'));
      }}
      onReload={onReload}
    />
  );
}
