import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import type { SheetState } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';

interface Props {
  state: SheetState;
  transitions: ReadonlyArray<{ toState: SheetState; comment?: string | null; actorName?: string | null; at: string }>;
}

/** A returned sheet says why, at the top: the secretariat's comment, who and when. */
export function ReturnedNotice({ state, transitions }: Props) {
  const { t: st } = useTranslation('sheets');
  const { dateTime } = useLang();
  if (state !== 'RETURNED') return null;
  const last = [...transitions].reverse().find((t) => t.toState === 'RETURNED');
  if (!last?.comment) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }} data-testid="returned-notice">
      <AlertTitle sx={{ fontWeight: 700 }}>{st('sheet.returnedTitle')}</AlertTitle>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {last.comment}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {st('sheet.returnedBy', { name: last.actorName ?? '—', at: dateTime(last.at) })}
      </Typography>
    </Alert>
  );
}
