import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { SHEET_ACTIVITY_LABELS } from '@kensho/domain';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';
import { SheetStateChip } from '../../sheets';
import { DeadlineLine } from './DeadlineLine';
import { byYear } from './byYear';

type Staff = NonNullable<HomeQuery['home']['staff']>;
type Sheet = Staff['sheets'][number];
type ResponseEntry = Staff['responses'][number];

/** Department staff: their department's sheets in the years in Do, what to do with each, and what happened last. */
export function StaffHome({ staff }: { staff: Staff }) {
  const { t } = useTranslation('home');
  const { fiscalYear } = useLang();
  return (
    <Stack spacing={2} data-testid="home-staff">
      <Box>
        <Typography variant="h2">{t('staff.title', { department: staff.departmentName })}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('staff.intro')}
        </Typography>
      </Box>
      {staff.sheets.length === 0 && <Alert severity="info">{t('staff.none')}</Alert>}
      {byYear(staff.sheets).map(([year, sheets]) => (
        <Paper key={year} component="section" aria-label={fiscalYear(year)} sx={{ p: { xs: 1.5, sm: 2 } }} data-testid="home-year">
          <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
            {fiscalYear(year)}
          </Typography>
          <DeadlineLine label={t('deadline.sheets')} deadline={sheets[0]!.deadline} />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="home-summary">
            {t('staff.summary', {
              total: sheets.length,
              open: sheets.filter((s) => s.state === 'DRAFT' || s.state === 'RETURNED').length,
              returned: sheets.filter((s) => s.state === 'RETURNED').length,
              accepted: sheets.filter((s) => s.state === 'ACCEPTED').length,
            })}
          </Typography>
          <Stack spacing={1} sx={{ mt: 1.5 }}>
            {sheets.map((s) => (
              <SheetCard key={s.id} sheet={s} />
            ))}
          </Stack>
        </Paper>
      ))}
      {staff.responses.length > 0 && <ResponsesToWrite entries={staff.responses} />}
    </Stack>
  );
}

/** The entries whose confirmed council opinions the department answers: what is left, and where its responses stand. */
function ResponsesToWrite({ entries }: { entries: readonly ResponseEntry[] }) {
  const { t } = useTranslation('home');
  const { fiscalYear } = useLang();
  return (
    <Paper component="section" aria-label={t('staff.responsesTitle')} sx={{ p: { xs: 1.5, sm: 2 } }} data-testid="home-responses">
      <Typography variant="h3" component="h3">
        {t('staff.responsesTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {t('staff.responsesIntro')}
      </Typography>
      <Stack spacing={1}>
        {entries.map((e) => (
          <Box
            key={e.projectId}
            data-testid="home-response-entry"
            sx={{ border: 1, borderColor: e.returned > 0 ? 'warning.main' : 'divider', borderRadius: 1, p: { xs: 1, sm: 1.5 }, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}
          >
            <Box sx={{ flex: '1 1 240px', minWidth: 0 }}>
              <Typography sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>{e.projectName}</Typography>
              <Typography variant="body2" color="text.secondary">
                {fiscalYear(e.fiscalYear)} ・ {t('staff.responsesSummary', { unanswered: e.unanswered, drafts: e.drafts, returned: e.returned, submitted: e.submitted })}
              </Typography>
            </Box>
            <Button component={RouterLink} to={`/responses/${e.projectId}?year=${e.fiscalYear}`} size="small" variant={e.unanswered + e.returned + e.drafts > 0 ? 'contained' : 'outlined'}>
              {e.returned > 0 ? t('staff.responsesFix') : t('staff.responsesWrite')}
            </Button>
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}

function SheetCard({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation('home');
  const { label, dateTime } = useLang();
  const to = `/sheets/${sheet.id}?year=${sheet.fiscalYear}`;
  const last = sheet.lastActivity;
  const returned = sheet.state === 'RETURNED';
  const todo = sheet.state === 'DRAFT' || returned;
  return (
    <Box
      data-testid="home-sheet"
      data-state={sheet.state}
      sx={{ border: 1, borderColor: returned ? 'error.light' : 'divider', borderRadius: 1, p: { xs: 1, sm: 1.5 }, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          <SheetStateChip state={sheet.state} />
          <Link component={RouterLink} to={to} sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
            {sheet.projectName}
          </Link>
        </Box>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t(`staff.next.${sheet.state}`)}
        </Typography>
        {last && (
          <Typography variant="caption" color="text.secondary" component="div" data-testid="home-last-activity">
            {t('staff.last', { what: label(SHEET_ACTIVITY_LABELS[last.kind]), name: last.byName ?? '—', at: dateTime(last.at) })}
          </Typography>
        )}
        {returned && last?.comment && (
          <Box sx={{ mt: 1, px: 1.5, py: 1, bgcolor: '#fff8e1', borderLeft: 3, borderColor: 'warning.main', borderRadius: 0.5, overflowWrap: 'anywhere' }} data-testid="home-return-comment">
            <Typography variant="caption" sx={{ fontWeight: 700, display: 'block' }}>
              {t('staff.returnComment')}
            </Typography>
            <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
              {last.comment}
            </Typography>
          </Box>
        )}
      </Box>
      <Button component={RouterLink} to={to} size="small" variant={todo ? 'contained' : 'outlined'} sx={{ flexShrink: 0 }}>
        {returned ? t('staff.fix') : sheet.state === 'DRAFT' ? t('staff.edit') : t('staff.open')}
      </Button>
    </Box>
  );
}
