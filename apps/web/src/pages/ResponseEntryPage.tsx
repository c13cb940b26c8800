import { useParams } from 'react-router';
import { useCycleSelection } from '../features/cycles/hooks/useCycleSelection';
import { EntryResponses } from '../features/responses/components/EntryResponses';
import { QueryState } from '../shared/components/QueryState';

/** One entry's Check and Action side by side (?year= names the fiscal year). */
export function ResponseEntryPage() {
  const { projectId = '' } = useParams();
  const { selected, loading, error, refetch, hasData } = useCycleSelection();
  return (
    <QueryState loading={loading} error={error} hasData={hasData} onRetry={() => void refetch()}>
      {selected && <EntryResponses projectId={projectId} fiscalYear={selected.fiscalYear} />}
    </QueryState>
  );
}
