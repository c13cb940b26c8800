import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { AUDIT_ACTION_LABELS, AUDIT_SUBJECT_LABELS, AUDIT_SUBJECTS, auditActionLabel } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEventsQuery as Data, AuditFilterInput } from '../../../generated/graphql';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { AuditEventsQuery } from '../graphql/audit';

type Event = Data['auditEvents']['events'][number];
const FILTER_KEYS = ['entityType', 'entityId', 'actorId', 'action', 'from', 'to'] as const;
const PAGE = 50;

/**
 * The audit trail: every recorded change with who, when, the record and each field before and after;
 * filters kept in the address (a link to one record's history is `/audit?entityId=…`); older pages on demand.
 */
export function AuditTrail() {
  const { t } = useTranslation('audit');
  const { label, lang, dateTime } = useLang();
  const client = useApolloClient();
  const [params, setParams] = useSearchParams();
  const filter: AuditFilterInput = { limit: PAGE };
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  const { data, loading, error, refetch } = useQuery(AuditEventsQuery, { variables: { filter }, fetchPolicy: 'cache-and-network' });
  const [older, setOlder] = useState<{ key: string; events: Event[]; cursor: string | null }>({ key: '', events: [], cursor: null });
  const key = params.toString();
  const extra = older.key === key ? older : { key, events: [], cursor: null };
  const events = [...(data?.auditEvents.events ?? []), ...extra.events];
  const cursor = extra.events.length ? extra.cursor : (data?.auditEvents.nextCursor ?? null);
  const [loadingMore, setLoadingMore] = useState(false);

  const set = (name: (typeof FILTER_KEYS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const loadMore = async () => {
    if (!cursor) return;
    setLoadingMore(true);
    try {
      const res = await client.query({ query: AuditEventsQuery, variables: { filter: { ...filter, before: cursor } }, fetchPolicy: 'network-only' });
      const page = res.data!.auditEvents;
      setOlder({ key, events: [...extra.events, ...page.events], cursor: page.nextCursor ?? null });
    } finally {
      setLoadingMore(false);
    }
  };

  const kindLabel = (type: string) => (type in AUDIT_SUBJECT_LABELS ? label(AUDIT_SUBJECT_LABELS[type as keyof typeof AUDIT_SUBJECT_LABELS]) : type);
  const actionLabel = (e: Pick<Event, 'entityType' | 'action'>) => {
    const l = auditActionLabel(e.entityType, e.action);
    return l ? label(l) : e.action;
  };
  const shown = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? t('empty') : value);

  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {t('intro')}
      </Typography>
      <Paper sx={{ p: 2, mb: 2, display: 'flex', flexWrap: 'wrap', gap: 2 }} component="form" aria-label={t('filters.kind')} onSubmit={(e) => e.preventDefault()}>
        <TextField select size="small" label={t('filters.kind')} value={params.get('entityType') ?? ''} onChange={(e) => set('entityType', e.target.value)} sx={{ minWidth: { xs: '100%', sm: 180 } }}>
          <MenuItem value="">{t('filters.any')}</MenuItem>
          {AUDIT_SUBJECTS.map((s) => (
            <MenuItem key={s} value={s}>
              {kindLabel(s)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={t('filters.actor')} value={params.get('actorId') ?? ''} onChange={(e) => set('actorId', e.target.value)} sx={{ minWidth: { xs: '100%', sm: 180 } }}>
          <MenuItem value="">{t('filters.any')}</MenuItem>
          {(data?.auditActors ?? []).map((a) => (
            <MenuItem key={a.id} value={a.id}>
              {a.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={t('filters.action')} value={params.get('action') ?? ''} onChange={(e) => set('action', e.target.value)} sx={{ minWidth: { xs: '100%', sm: 160 } }}>
          <MenuItem value="">{t('filters.any')}</MenuItem>
          {Object.entries(AUDIT_ACTION_LABELS).map(([code, l]) => (
            <MenuItem key={code} value={code}>
              {label(l)}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" type="date" label={t('filters.from')} value={params.get('from') ?? ''} onChange={(e) => set('from', e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField size="small" type="date" label={t('filters.to')} value={params.get('to') ?? ''} onChange={(e) => set('to', e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
        {key && (
          <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('filters.clear')}</Button>
        )}
      </Paper>
      <QueryState loading={loading && !data} error={error} hasData={!!data} onRetry={() => void refetch()}>
        <TableContainer component={Paper} sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('title')}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('columns.at')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('columns.actor')}</TableCell>
                <TableCell>{t('columns.record')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{t('columns.action')}</TableCell>
                <TableCell>{t('columns.changes')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {events.length === 0 && <EmptyTableRow colSpan={5}>{t('none')}</EmptyTableRow>}
              {events.map((e) => (
                <TableRow key={e.id} data-testid="audit-row" sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(e.at)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.actorName ?? t('system')}</TableCell>
                  <TableCell sx={{ minWidth: { xs: '100%', sm: 160 } }}>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {kindLabel(e.entityType)}
                    </Typography>
                    <Button size="small" sx={{ p: 0, minWidth: 0, textAlign: 'left', textTransform: 'none' }} onClick={() => set('entityId', e.entityId)} lang={lang}>
                      {e.recordLabel ?? e.entityId.slice(0, 8)}
                    </Button>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }} data-testid="audit-action">
                    {actionLabel(e)}
                  </TableCell>
                  <TableCell sx={{ minWidth: 220 }}>
                    {e.changes.length === 0 && !e.reason && (
                      <Typography variant="body2" color="text.secondary">
                        {t('noChanges')}
                      </Typography>
                    )}
                    {e.changes.map((c) => (
                      <Box key={c.field} sx={{ mb: 0.5 }} data-testid="audit-change">
                        <Typography variant="caption" sx={{ fontWeight: 700 }}>
                          {c.field}
                        </Typography>
                        <Typography variant="body2" sx={{ wordBreak: 'break-word' }}>
                          <Box component="del" sx={{ color: 'error.dark', bgcolor: '#fdecea' }}>{shown(c.before)}</Box>
                          {' → '}
                          <Box component="ins" sx={{ color: 'success.dark', bgcolor: '#e8f5e9', textDecoration: 'none' }}>{shown(c.after)}</Box>
                        </Typography>
                      </Box>
                    ))}
                    {e.reason && <Typography variant="body2">{t('reason', { reason: e.reason })}</Typography>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1.5 }}>
          <Typography variant="body2" color="text.secondary">
            {t('shown', { count: events.length })}
          </Typography>
          {cursor && (
            <Button variant="outlined" onClick={loadMore} disabled={loadingMore}>
              {t('more')}
            </Button>
          )}
        </Box>
      </QueryState>
    </>
  );
}
