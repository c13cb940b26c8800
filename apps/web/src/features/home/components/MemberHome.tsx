import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { MEMBER_ENTRY_STATUS_LABELS, MEMBER_OPINION_STATE_LABELS, type MemberOpinionState } from '@kensho/domain';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';
import { DeadlineLine } from './DeadlineLine';
import { byYear } from './byYear';

type Member = NonNullable<HomeQuery['home']['member']>;
type Entry = Member['entries'][number];

/** A member: the entries assigned to them in the years in Check, where they stand on each, and whether they are late. */
export function MemberHome({ member }: { member: Member }) {
  const { t } = useTranslation('home');
  const { fiscalYear } = useLang();
  return (
    <Stack spacing={2} data-testid="home-member">
      <Box>
        <Typography variant="h2">{t('member.title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('member.intro')}
        </Typography>
      </Box>
      {member.entries.length === 0 && <Alert severity="info">{t('member.none')}</Alert>}
      {byYear(member.entries).map(([year, entries]) => (
        <Paper key={year} component="section" aria-label={fiscalYear(year)} sx={{ p: { xs: 1.5, sm: 2 } }} data-testid="home-year">
          <Typography variant="h3" component="h3" sx={{ mb: 0.5 }}>
            {fiscalYear(year)}
          </Typography>
          <DeadlineLine label={t('deadline.opinions')} deadline={entries[0]!.deadline} />
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }} data-testid="home-summary">
            {t('member.summary', {
              total: entries.length,
              submitted: entries.filter((e) => e.status === 'SUBMITTED').length,
              settled: entries.filter((e) => e.status === 'SETTLED').length,
              open: entries.filter((e) => e.status === 'NOT_STARTED' || e.status === 'DRAFT_ONLY').length,
            })}
          </Typography>
          <Stack spacing={1} sx={{ mt: 1.5 }}>
            {[...entries].sort((a, b) => rank(a) - rank(b)).map((e) => (
              <EntryCard key={e.projectId} entry={e} />
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

/** What waits for the member first: late, then still open, then submitted, then settled. */
function rank(e: Entry): number {
  if (e.late) return 0;
  return { NOT_STARTED: 1, DRAFT_ONLY: 1, SUBMITTED: 2, SETTLED: 3 }[e.status];
}

function EntryCard({ entry }: { entry: Entry }) {
  const { t } = useTranslation('home');
  const { label } = useLang();
  const to = `/opinions/${entry.projectId}?year=${entry.fiscalYear}`;
  const counts: Array<[MemberOpinionState, number]> = [
    ['DRAFT', entry.draftCount],
    ['SUBMITTED', entry.submittedCount],
    ['ADOPTED', entry.adoptedCount],
    ['NOTED', entry.notedCount],
  ];
  const mine = counts.filter(([, n]) => n > 0);
  return (
    <Box
      data-testid="home-entry"
      data-status={entry.status}
      sx={{ border: 1, borderColor: entry.late ? 'error.light' : 'divider', borderRadius: 1, p: { xs: 1, sm: 1.5 }, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Link component={RouterLink} to={to} sx={{ fontWeight: 600, overflowWrap: 'anywhere' }}>
          {entry.projectName}
        </Link>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 0.5 }}>
          <Typography variant="body2" sx={{ fontWeight: 700 }} data-testid="home-entry-status">
            {label(MEMBER_ENTRY_STATUS_LABELS[entry.status])}
          </Typography>
          {entry.late && <Chip size="small" color="error" label={t('member.late')} sx={{ fontWeight: 700 }} data-testid="late-marker" />}
        </Box>
        <Typography variant="caption" color="text.secondary" component="div">
          {t('member.mine')}:{' '}
          {mine.length === 0 ? t('member.noOpinions') : mine.map(([state, n]) => t('member.count', { state: label(MEMBER_OPINION_STATE_LABELS[state]), count: n })).join('・')}
          {entry.councilConfirmedCount > 0 && ` ／ ${t('member.council', { count: entry.councilConfirmedCount })}`}
        </Typography>
      </Box>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', minWidth: 0 }}>
        {entry.sheetId && (
          <Button component={RouterLink} to={`/sheets/${entry.sheetId}?year=${entry.fiscalYear}`} size="small" variant="text">
            {t('member.sheet')}
          </Button>
        )}
        <Button component={RouterLink} to={to} size="small" variant={entry.opinionsAwaited && entry.status !== 'SUBMITTED' ? 'contained' : 'outlined'} data-testid="home-entry-action">
          {entry.opinionsAwaited ? t('member.write') : t('member.open')}
        </Button>
      </Box>
    </Box>
  );
}
