import { useState, type ReactElement } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import LockResetOutlined from '@mui/icons-material/LockResetOutlined';
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { ROLE_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../../generated/graphql';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import { useNotify } from '../../../shared/components/Notifier';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { useSession } from '../../auth';
import { SetUserActiveMutation, UnlockUserMutation, UsersQuery } from '../graphql/users';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';

type Open = { kind: 'create' } | { kind: 'edit' | 'reset' | 'active' | 'unlock'; user: UserFieldsFragment } | null;

/** User accounts: create, edit, deactivate or reactivate, reset the password, unlock (administrator). */
export function UsersAdmin() {
  const { t } = useTranslation();
  const { label, date, dateTime } = useLang();
  const notify = useNotify();
  const { user: me } = useSession();
  const { data, loading, error, refetch } = useQuery(UsersQuery);
  const [open, setOpen] = useState<Open>(null);
  const [setActive] = useMutation(SetUserActiveMutation);
  const [unlock] = useMutation(UnlockUserMutation);
  const reloadUser = (id: string) => async () => (await refetch()).data?.users.find((u) => u.id === id);

  const action = (title: string, icon: ReactElement, onClick: () => void) => (
    <Tooltip title={title}>
      <IconButton size="small" aria-label={title} onClick={onClick}>
        {icon}
      </IconButton>
    </Tooltip>
  );

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {data && (
        <Paper>
          <Box sx={{ display: 'flex', alignItems: 'center', px: 2, py: 1.5 }}>
            <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
              {t('common.count', { count: data.users.length })}
            </Typography>
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'create' })}>
              {t('admin.addUser')}
            </Button>
          </Box>
          <TableContainer>
            <Table data-testid="users-table">
              <TableHead>
                <TableRow>
                  <TableCell>{t('admin.loginId')}</TableCell>
                  <TableCell>{t('admin.displayName')}</TableCell>
                  <TableCell>{t('admin.role')}</TableCell>
                  <TableCell>{t('admin.scope')}</TableCell>
                  <TableCell>{t('admin.status')}</TableCell>
                  <TableCell>{t('admin.createdAt')}</TableCell>
                  <TableCell align="right">{t('common.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.users.map((u) => {
                  const self = u.id === me?.id;
                  return (
                    <TableRow key={u.id} hover sx={u.active ? undefined : { '& td': { color: 'text.disabled' } }}>
                      <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.85rem' }}>{u.loginId}</TableCell>
                      <TableCell sx={{ minWidth: 120 }}>
                        {u.displayName}
                        {self && (
                          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                            （{t('admin.you')}）
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{label(ROLE_LABELS[u.role])}</TableCell>
                      <TableCell data-testid="user-scope" sx={{ minWidth: 120 }}>{u.department?.name ?? u.member?.affiliation ?? '—'}</TableCell>
                      <TableCell>
                        <Chip label={u.active ? t('admin.active') : t('admin.inactive')} color={u.active ? 'success' : 'default'} variant="outlined" />
                        {u.lockedUntil && (
                          <Chip sx={{ ml: 1 }} label={t('admin.locked', { until: dateTime(u.lockedUntil) })} color="warning" variant="outlined" />
                        )}
                      </TableCell>
                      <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(u.createdAt, { weekday: false })}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {action(t('common.edit'), <EditOutlined fontSize="small" />, () => setOpen({ kind: 'edit', user: u }))}
                        {u.lockedUntil && action(t('admin.unlock'), <LockOpenOutlined fontSize="small" />, () => setOpen({ kind: 'unlock', user: u }))}
                        {action(t('admin.resetPassword'), <LockResetOutlined fontSize="small" />, () => setOpen({ kind: 'reset', user: u }))}
                        {!self &&
                          action(
                            u.active ? t('admin.deactivate') : t('admin.reactivate'),
                            u.active ? <BlockOutlined fontSize="small" /> : <RestoreOutlined fontSize="small" />,
                            () => setOpen({ kind: 'active', user: u }),
                          )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      )}
      {data && open?.kind === 'create' && <UserDialog data={data} isSelf={false} onClose={() => setOpen(null)} />}
      {data && open?.kind === 'edit' && (
        <UserDialog data={data} user={open.user} isSelf={open.user.id === me?.id} onClose={() => setOpen(null)} onReload={reloadUser(open.user.id)} />
      )}
      {open?.kind === 'reset' && <ResetPasswordDialog user={open.user} onClose={() => setOpen(null)} onReload={reloadUser(open.user.id)} />}
      {open?.kind === 'unlock' && (
        <ConfirmDialog
          open
          title={t('admin.unlockTitle')}
          message={t('admin.unlockMessage', { name: open.user.displayName })}
          confirmLabel={t('admin.unlock')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await unlock({ variables: { input: { id: open.user.id } } });
            notify(t('admin.unlocked'));
          }}
          onReload={() => void refetch()}
        />
      )}
      {open?.kind === 'active' && (
        <ConfirmDialog
          open
          danger={open.user.active}
          title={open.user.active ? t('admin.deactivateTitle') : t('admin.reactivateTitle')}
          message={t(open.user.active ? 'admin.deactivateMessage' : 'admin.reactivateMessage', { name: open.user.displayName })}
          confirmLabel={open.user.active ? t('admin.deactivate') : t('admin.reactivate')}
          onClose={() => setOpen(null)}
          onConfirm={async () => {
            await setActive({ variables: { input: { id: open.user.id, version: open.user.version, active: !open.user.active } } });
            notify(t('common.saved'));
          }}
          onReload={() => void refetch()}
        />
      )}
    </QueryState>
  );
}
