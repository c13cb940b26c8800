import EventOutlined from '@mui/icons-material/EventOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { isPastDeadline } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';

/** 検証意見の提出期限 in the era (令和2年2月19日（水）), marked once it has passed. */
export function OpinionDeadline({ deadline }: { deadline: string | null | undefined }) {
  const { t: ot } = useTranslation('opinions');
  const { date } = useLang();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="opinion-deadline">
      <EventOutlined fontSize="small" color="action" />
      <Typography variant="body2">{deadline ? ot('common.deadline', { date: date(deadline, { weekday: true }) }) : ot('common.noDeadline')}</Typography>
      {isPastDeadline(deadline) && <Chip size="small" color="warning" variant="outlined" label={ot('common.pastDeadline')} />}
    </Box>
  );
}

/** The late marker of an entry or a member. */
export function LateChip() {
  const { t: ot } = useTranslation('opinions');
  return <Chip size="small" color="error" label={ot('common.late')} sx={{ fontWeight: 700 }} data-testid="late-marker" />;
}
