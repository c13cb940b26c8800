import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import Typography from '@mui/material/Typography';
import { CYCLE_PHASE_LABELS, CYCLE_PHASES, type CyclePhase } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import { PhaseChip } from './PhaseChip';

interface Props {
  cycle: {
    fiscalYear: number;
    phase: CyclePhase;
    startDate: string | null;
    endDate: string | null;
    projects: ReadonlyArray<{ verifiedWithId: string | null }>;
    groups: ReadonlyArray<unknown>;
  };
}

/** The year at a glance: its name, phase, period and size. */
export function CycleSummary({ cycle }: Props) {
  const { t } = useTranslation();
  const { label, date, fiscalYear } = useLang();
  const current = CYCLE_PHASES.indexOf(cycle.phase);
  const entries = cycle.projects.filter((p) => !p.verifiedWithId).length;
  const period =
    cycle.startDate || cycle.endDate
      ? `${cycle.startDate ? date(cycle.startDate, { weekday: false }) : ''} 〜 ${cycle.endDate ? date(cycle.endDate, { weekday: false }) : ''}`
      : t('common.notSet');
  return (
    <Paper sx={{ p: 2, mb: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 2 }}>
        <Typography variant="h2" component="h2" data-testid="cycle-title">
          {fiscalYear(cycle.fiscalYear)}
        </Typography>
        <PhaseChip phase={cycle.phase} size="medium" />
        <Typography variant="body2" color="text.secondary">
          {t('cycles.period')}: {period}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="cycle-counts">
          {t('cycles.summary', { projects: cycle.projects.length, entries, groups: cycle.groups.length })}
        </Typography>
      </Box>
      <Stepper activeStep={cycle.phase === 'PUBLISHED' ? CYCLE_PHASES.length : current} alternativeLabel>
        {CYCLE_PHASES.map((phase) => (
          <Step key={phase}>
            <StepLabel>{label(CYCLE_PHASE_LABELS[phase])}</StepLabel>
          </Step>
        ))}
      </Stepper>
    </Paper>
  );
}
