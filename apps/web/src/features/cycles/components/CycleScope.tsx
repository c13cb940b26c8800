import { useState, type ReactNode } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import EditCalendarOutlined from '@mui/icons-material/EditCalendarOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
import { SETUP_EDITORS, fiscalYearOf } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { CycleListQuery } from '../../../generated/graphql';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryState } from '../../../shared/components/QueryState';
import { useSession } from '../../auth';
import { useCycleSelection } from '../hooks/useCycleSelection';
import { CycleFormDialog } from './CycleFormDialog';
import { CyclePicker } from './CyclePicker';

export type CycleListItem = CycleListQuery['cycles'][number];

/**
 * A screen about one fiscal year: its title, the year picker (kept in the URL), and for the secretariat
 * adding a year or changing its period. Renders `children` with the selected cycle.
 */
export function CycleScope({ title, children }: { title: string; children: (cycle: CycleListItem) => ReactNode }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { cycles, selected, select, loading, error, refetch, hasData } = useCycleSelection();
  const [dialog, setDialog] = useState<'create' | 'edit' | null>(null);
  const canSetUp = !!user && SETUP_EDITORS.includes(user.role);
  const newest = cycles[0]?.fiscalYear;

  return (
    <>
      <PageHeader title={title}>
        {cycles.length > 0 && <CyclePicker cycles={cycles} value={selected?.fiscalYear ?? null} onChange={select} />}
        {selected?.canEditSetup && (
          <Tooltip title={t('cycles.editDates')}>
            <IconButton onClick={() => setDialog('edit')} aria-label={t('cycles.editDates')}>
              <EditCalendarOutlined />
            </IconButton>
          </Tooltip>
        )}
        {canSetUp && (
          <Button variant="outlined" startIcon={<AddOutlined />} onClick={() => setDialog('create')}>
            {t('cycles.newCycle')}
          </Button>
        )}
      </PageHeader>
      <QueryState loading={loading} error={error} hasData={hasData} onRetry={() => void refetch()}>
        {selected ? children(selected) : <Alert severity="info">{t('cycles.noCycles')}</Alert>}
      </QueryState>
      {dialog && (
        <CycleFormDialog
          cycle={dialog === 'edit' && selected ? selected : undefined}
          suggestedYear={newest ? newest + 1 : fiscalYearOf(new Date())}
          onClose={() => setDialog(null)}
          onSaved={select}
          onReload={async () => (await refetch()).data?.cycles.find((c) => c.id === selected?.id)}
        />
      )}
    </>
  );
}
