import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { DepartmentFieldsFragment } from '../../../generated/graphql';
import { evictDeleted } from '../../../shared/cache';
import { QueryState } from '../../../shared/components/QueryState';
import { DeleteDepartmentMutation, DepartmentsQuery } from '../graphql/departments';
import { DepartmentDialog } from './DepartmentDialog';
import { DeleteRowDialog } from './DeleteRowDialog';
import { DeleteAction, EditAction } from './RowActions';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';

type Open = { kind: 'create' } | { kind: 'edit' | 'delete'; department: DepartmentFieldsFragment } | null;

/** 所管課: the city's divisions that run the projects (secretariat and administrator). */
export function DepartmentsSetup() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(DepartmentsQuery);
  const [open, setOpen] = useState<Open>(null);
  const [remove] = useMutation(DeleteDepartmentMutation, { update: (cache, { data: d }) => evictDeleted(cache, 'Department', d?.deleteDepartment.id) });
  const departments = data?.departments ?? [];

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      <Paper sx={{ maxWidth: 900 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1.5 }}>
          <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
            {t('common.count', { count: departments.length })}
          </Typography>
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'create' })}>
            {t('setup.addDepartment')}
          </Button>
        </Box>
        <TableContainer>
          <Table data-testid="departments-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('setup.bureau')}</TableCell>
                <TableCell>{t('setup.departmentName')}</TableCell>
                <TableCell align="right">{t('common.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {departments.map((d) => (
                <TableRow key={d.id} hover>
                  <TableCell>{d.bureau ?? '—'}</TableCell>
                  <TableCell>{d.name}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <EditAction onClick={() => setOpen({ kind: 'edit', department: d })} />
                    <DeleteAction onClick={() => setOpen({ kind: 'delete', department: d })} />
                  </TableCell>
                </TableRow>
              ))}
              {departments.length === 0 && <EmptyTableRow colSpan={3}>{t('setup.noRows')}</EmptyTableRow>}
            </TableBody>
          </Table>
        </TableContainer>
      </Paper>
      {open?.kind === 'create' && <DepartmentDialog onClose={() => setOpen(null)} />}
      {open?.kind === 'edit' && (
        <DepartmentDialog
          department={open.department}
          onClose={() => setOpen(null)}
          onReload={async () => (await refetch()).data?.departments.find((d) => d.id === open.department.id)}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRowDialog
          name={open.department.name}
          onClose={() => setOpen(null)}
          onDelete={() => remove({ variables: { input: { id: open.department.id, version: open.department.version } } })}
          onReload={() => void refetch()}
        />
      )}
    </QueryState>
  );
}
