import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { diffLines } from 'diff';
import { useTranslation } from 'react-i18next';
import { DIFF_COLORS, DiffText, useInlineDiff } from '../../../shared/components/DiffText';
import { QueryState } from '../../../shared/components/QueryState';
import { useLang } from '../../../shared/hooks/useLang';
import { SheetVersionsQuery } from '../graphql/sheets';
import { useTextLabels } from '../hooks/useTextLabels';
import { contentToText } from '../model/text';

interface Revision {
  version: number;
  /** 第N版: the saved content's place in the history (the row version also moves with state changes, so it skips). */
  number: number;
  savedAt: string;
  savedByName?: string | null;
  current: boolean;
}

/** Every saved version, and a readable comparison of any two of them. */
export function VersionDiff({ sheetId, revisions }: { sheetId: string; revisions: readonly Revision[] }) {
  const { t: st } = useTranslation('sheets');
  const { dateTime } = useLang();
  const newest = revisions[0]?.version ?? 1;
  const [to, setTo] = useState(newest);
  const [from, setFrom] = useState(revisions[1]?.version ?? newest);
  const versionLabel = (r: Revision) => st(r.current ? 'history.versionCurrent' : 'history.version', { version: r.number });

  return (
    <>
      <Paper component="section" aria-labelledby="versions-title" sx={{ mb: 2 }}>
        <Typography variant="h3" component="h2" id="versions-title" sx={{ px: 2, pt: 1.5, pb: 1 }}>
          {st('history.versions')}
        </Typography>
        <Table data-testid="revision-table">
          <TableHead>
            <TableRow>
              <TableCell>{st('history.versionCol')}</TableCell>
              <TableCell>{st('history.savedAt')}</TableCell>
              <TableCell>{st('history.savedBy')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {revisions.map((r) => (
              <TableRow key={r.version} data-testid="revision-row">
                <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: r.current ? 700 : 400 }}>{versionLabel(r)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{dateTime(r.savedAt)}</TableCell>
                <TableCell>{r.savedByName ?? st('history.system')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>

      <Paper component="section" aria-labelledby="compare-title" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h3" component="h2" id="compare-title" sx={{ mb: 1.5 }}>
          {st('history.compare')}
        </Typography>
        {revisions.length < 2 ? (
          <Typography variant="body2" color="text.secondary">
            {st('history.onlyOne')}
          </Typography>
        ) : (
          <>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }}>
              <TextField select label={st('history.from')} value={from} onChange={(e) => setFrom(Number(e.target.value))} fullWidth={false} sx={{ minWidth: 240 }}>
                {revisions.map((r) => (
                  <MenuItem key={r.version} value={r.version}>
                    {versionLabel(r)} — {dateTime(r.savedAt)}
                  </MenuItem>
                ))}
              </TextField>
              <TextField select label={st('history.to')} value={to} onChange={(e) => setTo(Number(e.target.value))} fullWidth={false} sx={{ minWidth: 240 }}>
                {revisions.map((r) => (
                  <MenuItem key={r.version} value={r.version}>
                    {versionLabel(r)} — {dateTime(r.savedAt)}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
            <DiffOfVersions sheetId={sheetId} from={from} to={to} />
          </>
        )}
      </Paper>
    </>
  );
}

function DiffOfVersions({ sheetId, from, to }: { sheetId: string; from: number; to: number }) {
  const labels = useTextLabels();
  const { data, loading, error, refetch } = useQuery(SheetVersionsQuery, { variables: { id: sheetId, from, to } });
  const texts = useMemo(() => {
    const sheet = data?.sheet;
    if (!sheet || sheet.from.version !== from || sheet.to.version !== to) return null;
    return { a: contentToText(sheet.from.content, labels), b: contentToText(sheet.to.content, labels) };
  }, [data, from, to, labels]);
  return (
    <QueryState loading={loading} error={error} hasData={!!texts} onRetry={() => void refetch()}>
      {texts && <LineDiff a={texts.a} b={texts.b} />}
    </QueryState>
  );
}

type Row =
  | { kind: 'same' | 'added' | 'removed'; text: string }
  | { kind: 'changed'; before: string; after: string }
  | { kind: 'skipped'; count: number };

/** Unchanged lines kept around each change; longer unchanged stretches fold into one line. */
const CONTEXT = 2;

function foldUnchanged(rows: Row[]): Row[] {
  const lines: Row[] = rows.flatMap((r) => (r.kind === 'same' ? r.text.split('\n').map((text) => ({ kind: 'same' as const, text })) : [r]));
  const near = lines.map((_, i) => lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((r) => r.kind !== 'same'));
  const out: Row[] = [];
  lines.forEach((r, i) => {
    if (r.kind !== 'same' || near[i]) out.push(r);
    else {
      const last = out[out.length - 1];
      if (last?.kind === 'skipped') last.count += 1;
      else out.push({ kind: 'skipped', count: 1 });
    }
  });
  return out;
}

/** Lines kept, removed and added; a changed line shows what changed within it. */
function LineDiff({ a, b }: { a: string; b: string }) {
  const { t: st } = useTranslation('sheets');
  const rows = useMemo(() => {
    const out: Row[] = [];
    const parts = diffLines(a, b);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const next = parts[i + 1];
      if (p.removed && next?.added) {
        out.push({ kind: 'changed', before: p.value.replace(/\n$/, ''), after: next.value.replace(/\n$/, '') });
        i++;
      } else {
        out.push({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value.replace(/\n$/, '') });
      }
    }
    return out;
  }, [a, b]);
  if (rows.every((r) => r.kind === 'same')) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="version-diff">
        {st('history.noChanges')}
      </Typography>
    );
  }
  return (
    <Box data-testid="version-diff" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', fontSize: '0.8125rem' }}>
      {foldUnchanged(rows).map((r, i) => {
        if (r.kind === 'changed') return <ChangedLines key={i} before={r.before} after={r.after} />;
        if (r.kind === 'skipped')
          return (
            <Box key={i} sx={{ px: 1, py: 0.25, bgcolor: '#f4f6f8', color: 'text.secondary', fontSize: '0.75rem', textAlign: 'center' }}>
              {st('history.skipped', { count: r.count })}
            </Box>
          );
        const bg = r.kind === 'added' ? DIFF_COLORS.added : r.kind === 'removed' ? DIFF_COLORS.removed : undefined;
        const sign = r.kind === 'added' ? '+' : r.kind === 'removed' ? '−' : ' ';
        return (
          <Box key={i} sx={{ display: 'flex', bgcolor: bg }} data-diff={r.kind} aria-label={r.kind === 'same' ? undefined : st(r.kind === 'added' ? 'history.added' : 'history.removed')}>
            <Box sx={{ width: 24, flexShrink: 0, textAlign: 'center', color: 'text.secondary', userSelect: 'none' }}>{sign}</Box>
            <Box sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', py: 0.25, pr: 1, color: r.kind === 'same' ? 'text.secondary' : undefined }}>{r.text}</Box>
          </Box>
        );
      })}
    </Box>
  );
}

function ChangedLines({ before, after }: { before: string; after: string }) {
  const parts = useInlineDiff(before, after);
  return (
    <>
      <Box sx={{ display: 'flex', bgcolor: '#fff5f5' }} data-diff="removed">
        <Box sx={{ width: 24, flexShrink: 0, textAlign: 'center', color: 'text.secondary' }}>−</Box>
        <Box sx={{ py: 0.25, pr: 1, minWidth: 0 }}>
          <DiffText parts={parts} side="left" />
        </Box>
      </Box>
      <Box sx={{ display: 'flex', bgcolor: '#f3fbf4' }} data-diff="added">
        <Box sx={{ width: 24, flexShrink: 0, textAlign: 'center', color: 'text.secondary' }}>+</Box>
        <Box sx={{ py: 0.25, pr: 1, minWidth: 0 }}>
          <DiffText parts={parts} side="right" />
        </Box>
      </Box>
    </>
  );
}
