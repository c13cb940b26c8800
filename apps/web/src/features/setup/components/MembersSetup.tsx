import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import { BODY_KIND_LABELS, MEMBER_CATEGORY_LABELS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { MemberFieldsFragment } from '../../../generated/graphql';
import { evictDeleted } from '../../../shared/cache';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { DeleteMemberMutation, MembersSetupQuery } from '../graphql/members';
import { MemberDialog } from './MemberDialog';
import { DeleteRowDialog } from './DeleteRowDialog';
import { DeleteAction, EditAction } from './RowActions';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';

type Open = { kind: 'create' } | { kind: 'edit' | 'delete'; member: MemberFieldsFragment } | null;

/** 委員名簿: the members of the subcommittee (and of the council), by body. */
export function MembersSetup() {
  const { t } = useTranslation();
  const { label, date } = useLang();
  const { data, loading, error, refetch } = useQuery(MembersSetupQuery);
  const [bodyId, setBodyId] = useState<string | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const [remove] = useMutation(DeleteMemberMutation, { update: (cache, { data: d }) => evictDeleted(cache, 'Member', d?.deleteMember.id) });

  // The subcommittee first: it is the body that verifies.
  const bodies = [...(data?.bodies ?? [])].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'SUBCOMMITTEE' ? -1 : 1));
  const body = bodies.find((b) => b.id === bodyId) ?? bodies[0];
  const members = (data?.members ?? []).filter((m) => m.bodyId === body?.id);
  const term = (m: MemberFieldsFragment) =>
    m.termStart || m.termEnd ? `${m.termStart ? date(m.termStart, { weekday: false }) : ''} 〜 ${m.termEnd ? date(m.termEnd, { weekday: false }) : ''}` : '—';

  return (
    <QueryState loading={loading} error={error} hasData={!!data} onRetry={() => void refetch()}>
      {body && (
        <Paper>
          <Box sx={{ display: 'flex', alignItems: 'center', px: 2, gap: 2, borderBottom: 1, borderColor: 'divider' }}>
            <Tabs value={body.id} onChange={(_, v: string) => setBodyId(v)} variant="scrollable" scrollButtons="auto" allowScrollButtonsMobile sx={{ flexGrow: 1, minWidth: 0 }} aria-label={t('setup.body')}>
              {bodies.map((b) => (
                <Tab key={b.id} value={b.id} label={t('common.withNote', { main: b.shortName, note: label(BODY_KIND_LABELS[b.kind]) })} />
              ))}
            </Tabs>
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setOpen({ kind: 'create' })} sx={{ flexShrink: 0 }}>
              {t('setup.addMember')}
            </Button>
          </Box>
          <TableContainer>
            <Table data-testid="members-table">
              <TableHead>
                <TableRow>
                  <TableCell align="right">{t('setup.sortOrder')}</TableCell>
                  <TableCell>{t('setup.memberName')}</TableCell>
                  <TableCell>{t('setup.affiliation')}</TableCell>
                  <TableCell>{t('setup.title')}</TableCell>
                  <TableCell>{t('setup.category')}</TableCell>
                  <TableCell align="center">{t('setup.councilMember')}</TableCell>
                  <TableCell>{t('setup.term')}</TableCell>
                  <TableCell align="right">{t('common.actions')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {members.map((m) => (
                  <TableRow key={m.id} hover>
                    <TableCell align="right">{m.sortOrder}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
                        {m.name}
                        {m.isChair && <Chip label={t('cycles.chair')} color="primary" sx={{ height: 20 }} />}
                      </Box>
                    </TableCell>
                    <TableCell sx={{ minWidth: 180 }}>{m.affiliation}</TableCell>
                    <TableCell sx={{ minWidth: 100 }}>{m.title}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{label(MEMBER_CATEGORY_LABELS[m.category])}</TableCell>
                    <TableCell align="center">{m.alsoCouncilMember ? <CheckOutlined fontSize="small" color="success" aria-label={t('common.yes')} /> : ''}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{term(m)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <EditAction onClick={() => setOpen({ kind: 'edit', member: m })} />
                      <DeleteAction onClick={() => setOpen({ kind: 'delete', member: m })} />
                    </TableCell>
                  </TableRow>
                ))}
                {members.length === 0 && <EmptyTableRow colSpan={8}>{t('setup.noRows')}</EmptyTableRow>}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      )}
      {body && open?.kind === 'create' && <MemberDialog bodyId={body.id} onClose={() => setOpen(null)} />}
      {body && open?.kind === 'edit' && (
        <MemberDialog
          bodyId={body.id}
          member={open.member}
          onClose={() => setOpen(null)}
          onReload={async () => (await refetch()).data?.members.find((m) => m.id === open.member.id)}
        />
      )}
      {open?.kind === 'delete' && (
        <DeleteRowDialog
          name={open.member.name}
          onClose={() => setOpen(null)}
          onDelete={() => remove({ variables: { input: { id: open.member.id, version: open.member.version } } })}
          onReload={() => void refetch()}
        />
      )}
    </QueryState>
  );
}
