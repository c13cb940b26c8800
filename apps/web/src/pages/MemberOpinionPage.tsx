import { useParams } from 'react-router';
import { useCycleSelection } from '../features/cycles/hooks/useCycleSelection';
import { MemberEntryWorkspace } from '../features/opinions/components/MemberEntryWorkspace';
import { QueryState } from '../shared/components/QueryState';

/** One assigned entry: its verification sheet beside the member's opinions (?year= names the fiscal year). */
export function MemberOpinionPage() {
  const { projectId = '' } = useParams();
  const { selected, loading, error, refetch, hasData } = useCycleSelection();
  return (
    <QueryState loading={loading} error={error} hasData={hasData} onRetry={() => void refetch()}>
      {selected && <MemberEntryWorkspace key={projectId} cycleId={selected.id} projectId={projectId} />}
    </QueryState>
  );
}
