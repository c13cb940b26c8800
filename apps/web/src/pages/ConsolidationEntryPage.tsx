import { useParams } from 'react-router';
import { useCycleSelection } from '../features/cycles/hooks/useCycleSelection';
import { ConsolidationWorkspace } from '../features/opinions/components/ConsolidationWorkspace';
import { QueryState } from '../shared/components/QueryState';

/** One entry's consolidation into the council's numbered opinions (?year= names the fiscal year). */
export function ConsolidationEntryPage() {
  const { projectId = '' } = useParams();
  const { selected, loading, error, refetch, hasData } = useCycleSelection();
  return (
    <QueryState loading={loading} error={error} hasData={hasData} onRetry={() => void refetch()}>
      {selected && <ConsolidationWorkspace cycleId={selected.id} projectId={projectId} />}
    </QueryState>
  );
}
