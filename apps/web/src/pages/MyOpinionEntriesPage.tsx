import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { MyEntries } from '../features/opinions/components/MyEntries';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** 担当事業の検証意見: a member's entries of the selected fiscal year. */
export function MyOpinionEntriesPage() {
  const { t: ot } = useTranslation('opinions');
  usePageTitle(ot('mine.title'));
  return <CycleScope title={ot('mine.title')}>{(cycle) => <MyEntries cycleId={cycle.id} />}</CycleScope>;
}
