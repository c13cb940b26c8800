import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_LABELS } from '@kensho/domain';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { HomeQuery } from '../../../generated/graphql';
import { useLang } from '../../../shared/hooks/useLang';
import { DeadlineLine } from './DeadlineLine';

type Secretariat = NonNullable<HomeQuery['home']['secretariat']>;
type Cycle = Secretariat['cycles'][number];

/** The secretariat: for each year not yet published, what waits for it, with counts and the screens that act on them. */
export function SecretariatHome({ secretariat }: { secretariat: Secretariat }) {
  const { t } = useTranslation('home');
  return (
    <Stack spacing={2} data-testid="home-secretariat">
      <Box>
        <Typography variant="h2">{t('secretariat.title')}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('secretariat.intro')}
        </Typography>
      </Box>
      {secretariat.cycles.length === 0 && <Alert severity="info">{t('secretariat.none')}</Alert>}
      {secretariat.cycles.map((c) => (
        <CycleCard key={c.cycleId} cycle={c} />
      ))}
    </Stack>
  );
}

function CycleCard({ cycle: c }: { cycle: Cycle }) {
  const { t } = useTranslation('home');
  const { fiscalYear, label } = useLang();
  const y = c.fiscalYear;
  const inDo = c.phase === 'DO';
  const inCheck = c.phase === 'CHECK';
  const waiting = c.sheetsSubmitted + c.opinionsToConsolidate + c.lateMembers.length + c.responsesSubmitted;
  return (
    <Paper component="section" aria-label={fiscalYear(y)} sx={{ p: { xs: 1.5, sm: 2 } }} data-testid="home-year" data-year={y}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <Typography variant="h3" component="h3">
          {fiscalYear(y)}
        </Typography>
        <Chip size="small" label={label(CYCLE_PHASE_LABELS[c.phase])} />
        <Box sx={{ flexGrow: 1 }} />
        <Link component={RouterLink} to={`/overview?year=${y}`} variant="body2">
          {t('secretariat.overview')}
        </Link>
      </Box>
      {inDo && <DeadlineLine label={t('deadline.sheets')} deadline={c.sheetDeadline} />}
      {inCheck && <DeadlineLine label={t('deadline.opinions')} deadline={c.opinionDeadline} />}
      <Stack spacing={1} sx={{ mt: 1.5 }}>
        {(inDo || c.sheetsSubmitted > 0) && (
          <Item
            testId="home-sheets-submitted"
            title={t('secretariat.sheetsSubmitted')}
            count={c.sheetsSubmitted}
            detail={t('secretariat.sheetsProgress', { accepted: c.sheetsAccepted, total: c.sheetCount }) + (c.sheetsReturned ? ` ・ ${t('secretariat.sheetsReturned')} ${t('secretariat.count', { count: c.sheetsReturned })}` : '')}
            action={{ to: `/sheets/review?year=${y}`, label: t('secretariat.review') }}
          />
        )}
        {(inCheck || c.opinionsToConsolidate > 0) && (
          <Item
            testId="home-opinions-to-consolidate"
            title={t('secretariat.opinionsToConsolidate')}
            count={c.opinionsToConsolidate}
            detail={t('secretariat.opinionsDetail', { count: c.opinionsToConsolidate, entries: c.entriesToConsolidate }) + (c.councilDraftCount ? ` ・ ${t('secretariat.councilDrafts')} ${t('secretariat.count', { count: c.councilDraftCount })}` : '')}
            action={{ to: `/consolidation?year=${y}`, label: t('secretariat.consolidate') }}
          />
        )}
        {(c.phase === 'ACTION' || c.responsesSubmitted + c.opinionsUnanswered > 0) && (
          <Item
            testId="home-responses-submitted"
            title={t('secretariat.responsesSubmitted')}
            count={c.responsesSubmitted}
            detail={t('secretariat.opinionsUnanswered', { count: c.opinionsUnanswered })}
            action={{ to: `/responses/review?year=${y}`, label: t('secretariat.approve') }}
          />
        )}
        {c.lateMembers.length > 0 && (
          <Item
            testId="home-late-members"
            title={t('secretariat.lateMembers')}
            count={c.lateMembers.length}
            tone="error"
            detail={
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {c.lateMembers.map((m) => (
                  <li key={m.memberId} data-testid="home-late-member">
                    <strong>{m.name}</strong>（{m.entries.join('、')}）
                  </li>
                ))}
              </Box>
            }
            action={{ to: `/consolidation?year=${y}`, label: t('secretariat.consolidate') }}
          />
        )}
        {waiting === 0 && !inDo && !inCheck && (
          <Typography variant="body2" color="text.secondary">
            {t('secretariat.nothing')}
          </Typography>
        )}
      </Stack>
    </Paper>
  );
}

function Item({ testId, title, count, detail, action, tone }: { testId: string; title: string; count: number; detail: ReactNode; action: { to: string; label: string }; tone?: 'error' }) {
  return (
    <Box
      data-testid={testId}
      sx={{ border: 1, borderColor: count > 0 ? (tone === 'error' ? 'error.light' : 'primary.light') : 'divider', borderRadius: 1, p: { xs: 1, sm: 1.5 }, display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}
    >
      <Box sx={{ flex: '1 1 260px', minWidth: 0 }}>
        <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body1" sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          <Typography variant="h3" component="span" color={count > 0 ? (tone === 'error' ? 'error' : 'primary') : 'text.secondary'} data-testid="home-count">
            {count}
          </Typography>
        </Box>
        <Typography variant="body2" color="text.secondary" component="div" sx={{ overflowWrap: 'anywhere' }}>
          {detail}
        </Typography>
      </Box>
      <Button component={RouterLink} to={action.to} size="small" variant={count > 0 ? 'contained' : 'outlined'} sx={{ flexShrink: 0 }}>
        {action.label}
      </Button>
    </Box>
  );
}
