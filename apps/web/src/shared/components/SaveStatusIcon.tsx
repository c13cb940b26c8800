import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import EditNoteOutlined from '@mui/icons-material/EditNoteOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import LockOutlined from '@mui/icons-material/LockOutlined';
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import type { SaveStatus } from '../hooks/autosaveDraft';

const ICONS: Record<SaveStatus, typeof CloudDoneOutlined> = {
  saved: CloudDoneOutlined,
  dirty: EditNoteOutlined,
  saving: SyncOutlined,
  offline: CloudOffOutlined,
  invalid: ErrorOutlineOutlined,
  error: ErrorOutlineOutlined,
  conflict: ErrorOutlineOutlined,
  locked: LockOutlined,
};

/** The same picture for where an autosaved draft stands, in every editor (the words are the editor's). */
export function SaveStatusIcon({ status, color }: { status: SaveStatus; color: string }) {
  const Icon = ICONS[status];
  return <Icon fontSize="small" sx={{ color }} />;
}
