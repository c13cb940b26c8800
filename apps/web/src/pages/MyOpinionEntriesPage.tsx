import { CycleScope } from '../features/cycles/components/CycleScope';
import { MyEntries } from '../features/opinions/components/MyEntries';
import { useOpinionsT } from '../features/opinions/i18n';

/** 担当事業の検証意見: a member's entries of the selected fiscal year. */
export function MyOpinionEntriesPage() {
  const ot = useOpinionsT();
  return <CycleScope title={ot('mine.title')}>{(cycle) => <MyEntries cycleId={cycle.id} />}</CycleScope>;
}
