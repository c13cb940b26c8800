import type { ReactNode } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SHEET_ACTIVITY_LABELS } from '@kensho/domain';
import type { SheetRowFieldsFragment } from '../../../generated/graphql';
import { TagMarks } from '../../../shared/components/TagMarks';
import { useLang } from '../../../shared/hooks/useLang';
import { SheetStateChip } from './SheetStateChip';
import { EmptyTableRow } from '../../../shared/components/EmptyTableRow';

export type SheetRow = SheetRowFieldsFragment;

interface Props {
  sheets: readonly SheetRow[];
  /** Show the department column (lists across departments). */
  showDepartment?: boolean;
  showGroup?: boolean;
  empty: string;
  /** Extra controls at the end of each row (the secretariat's accept / return). */
  actions?: (sheet: SheetRow) => ReactNode;
  /** The query string the sheet page keeps (the year, the list it came from). */
  linkSearch?: string;
}

/** Sheets as rows: article, entry (a link to the sheet), department, state, last change. */
export function SheetTable({ sheets, showDepartment = false, showGroup = false, empty, actions, linkSearch = '' }: Props) {
  const { t: st } = useTranslation('sheets');
  const { dateTime, label } = useLang();
  return (
    <Paper>
      <TableContainer>
        <Table data-testid="sheet-table">
          <TableHead>
            <TableRow>
              <TableCell>{st('list.article')}</TableCell>
              <TableCell>{st('list.project')}</TableCell>
              {showDepartment && <TableCell>{st('list.department')}</TableCell>}
              {showGroup && <TableCell>{st('list.group')}</TableCell>}
              <TableCell>{st('list.state')}</TableCell>
              <TableCell>{st('list.updated')}</TableCell>
              {actions && <TableCell align="right">{st('sheet.actions')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {sheets.length === 0 && <EmptyTableRow colSpan={7}>{empty}</EmptyTableRow>}
            {sheets.map((s) => (
              <TableRow key={s.id} hover data-testid="sheet-row">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{st('list.articleNo', { number: s.project.article.number })}</TableCell>
                <TableCell sx={{ minWidth: 200 }}>
                  <Box sx={{ display: 'flex', gap: 0.75, alignItems: 'baseline' }}>
                    <Link component={RouterLink} to={`/sheets/${s.id}${linkSearch}`} sx={{ fontWeight: 600 }}>
                      {s.project.name}
                    </Link>
                    <TagMarks tags={s.tags} />
                  </Box>
                </TableCell>
                {showDepartment && <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.project.department?.name ?? '—'}</TableCell>}
                {showGroup && <TableCell sx={{ whiteSpace: 'nowrap' }}>{s.project.group?.name ?? '—'}</TableCell>}
                <TableCell>
                  <SheetStateChip state={s.state} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  <Typography variant="body2">{dateTime(s.lastActivity?.at ?? s.updatedAt)}</Typography>
                  {s.lastActivity && (
                    <Typography variant="caption" color="text.secondary" data-testid="sheet-row-last-activity">
                      {label(SHEET_ACTIVITY_LABELS[s.lastActivity.kind])}・{s.lastActivity.byName ?? st('history.system')}
                    </Typography>
                  )}
                </TableCell>
                {actions && (
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {actions(s)}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Paper>
  );
}
