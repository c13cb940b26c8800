import EventOutlined from '@mui/icons-material/EventOutlined';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';

/** A deadline in the Japanese era with the days left (counted by the server in Japan's calendar). */
export function DeadlineLine({ label, deadline }: { label: string; deadline: { date: string; daysLeft: number } | null | undefined }) {
  const { t } = useTranslation('home');
  const { date } = useLang();
  const days = deadline?.daysLeft ?? null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }} data-testid="home-deadline">
      <EventOutlined fontSize="small" color="action" />
      <Typography variant="body2">
        {label}: {deadline ? date(deadline.date) : t('deadline.none')}
      </Typography>
      {days !== null && (
        <Chip
          size="small"
          data-testid="days-left"
          color={days < 0 ? 'error' : days <= 7 ? 'warning' : 'default'}
          variant={days < 0 ? 'filled' : 'outlined'}
          label={days < 0 ? t('deadline.overdue', { count: -days }) : days === 0 ? t('deadline.today') : t('deadline.daysLeft', { count: days })}
        />
      )}
    </Box>
  );
}
