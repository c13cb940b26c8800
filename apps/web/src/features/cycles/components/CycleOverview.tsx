import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../shared/components/QueryState';
import { TransitionHistory } from '../../../shared/workflow';
import { CycleOverviewQuery } from '../graphql/cycles';
import { CycleSummary } from './CycleSummary';
import { EntriesTable } from './EntriesTable';
import { PhaseActions } from './PhaseActions';
import { cycleWorkflow } from '../workflow';

/** One fiscal year: summary, the phase actions the server offers, the entries, the history. */
export function CycleOverview({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(CycleOverviewQuery, { variables: { id: cycleId } });
  const cycle = data?.cycle;
  const reload = async () => (await refetch()).data?.cycle;
  return (
    <QueryState loading={loading} error={error} hasData={!!cycle} onRetry={() => void refetch()}>
      {cycle && (
        <>
          <CycleSummary cycle={cycle} />
          <PhaseActions cycle={cycle} onReload={reload} />
          <EntriesTable cycle={cycle} />
          <TransitionHistory config={cycleWorkflow} transitions={cycle.transitions} title={t('cycles.history')} empty={t('cycles.noHistory')} />
        </>
      )}
    </QueryState>
  );
}
