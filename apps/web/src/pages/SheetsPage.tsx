import { useTranslation } from 'react-i18next';
import { CycleScope } from '../features/cycles/components/CycleScope';
import { useSession } from '../features/auth/hooks/useSession';
import { AllSheets, MySheets } from '../features/sheets/components/SheetLists';
import { usePageTitle } from '../shared/hooks/usePageTitle';

/** 施策検証シート: staff see their department's sheets, members (and others) every sheet they may read. */
export function SheetsPage() {
  const { t: st } = useTranslation('sheets');
  const { user } = useSession();
  const mine = user?.role === 'DEPARTMENT_STAFF';
  const title = mine ? st('list.mineTitle') : st('list.allTitle');
  usePageTitle(title);
  return (
    <CycleScope title={title}>
      {(cycle) => (mine ? <MySheets cycleId={cycle.id} fiscalYear={cycle.fiscalYear} /> : <AllSheets cycleId={cycle.id} fiscalYear={cycle.fiscalYear} />)}
    </CycleScope>
  );
}
