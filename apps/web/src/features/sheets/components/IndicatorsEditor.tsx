import { useState } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { LIMITS, fiscalYearEraLabel } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import { emptyIndicator, indicatorYears, type Draft, type DraftIndicator } from '../model/draft';

interface Props {
  indicators: DraftIndicator[];
  fiscalYear: number;
  errorAt: (path: string) => string | undefined;
  update: (change: (d: Draft) => Draft) => void;
}

/**
 * The indicator grid: one row per indicator (label, unit, the values by fiscal year, 約, note). The years
 * are the cycle's fiscal year and the nine before it; the user picks from which year the columns start.
 */
export function IndicatorsEditor({ indicators, fiscalYear, errorAt, update }: Props) {
  const { t: st } = useTranslation('sheets');
  const { lang, fiscalYear: fyLabel } = useLang();
  const range = indicatorYears(fiscalYear);
  const usedYears = indicators.flatMap((i) => Object.entries(i.values).filter(([, v]) => v.trim()).map(([y]) => Number(y)));
  const earliestUsed = usedYears.length ? Math.min(...usedYears) : fiscalYear - 1;
  const [from, setFrom] = useState(() => Math.max(range.min, Math.min(earliestUsed, fiscalYear - 1)));
  const start = Math.max(range.min, Math.min(from, earliestUsed));
  const years = range.all.filter((y) => y >= start);

  const change = (key: string, patch: (i: DraftIndicator) => DraftIndicator) =>
    update((d) => ({ ...d, indicators: d.indicators.map((i) => (i.key === key ? patch(i) : i)) }));
  const yearHead = (y: number) => (lang === 'en' ? `FY${y}` : `${y}年度`);

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1.5 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
          {st('editor.indicatorsHelp', { from: fyLabel(range.min), to: fyLabel(range.max) })}
        </Typography>
        <TextField select label={st('editor.firstYear')} value={start} onChange={(e) => setFrom(Number(e.target.value))} fullWidth={false} sx={{ minWidth: 200 }}>
          {range.all.map((y) => (
            <MenuItem key={y} value={y} disabled={y > earliestUsed}>
              {fyLabel(y)}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      {indicators.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {st('editor.noIndicators')}
        </Typography>
      ) : (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table data-testid="indicator-grid" sx={{ '& td, & th': { px: 0.75 } }}>
            <TableHead>
              <TableRow>
                <TableCell sx={{ minWidth: 220 }}>{st('editor.indicatorLabel')}</TableCell>
                <TableCell sx={{ minWidth: 72 }}>{st('editor.unit')}</TableCell>
                {years.map((y) => (
                  <TableCell key={y} align="right" sx={{ minWidth: 92 }}>
                    {yearHead(y)}
                    {lang === 'ja' && (
                      <Typography variant="caption" component="div" color="text.secondary" sx={{ fontWeight: 400 }}>
                        {fiscalYearEraLabel(y)}
                      </Typography>
                    )}
                  </TableCell>
                ))}
                <TableCell align="center">
                  <Tooltip title={st('editor.approximateHelp')}>
                    <span>{st('editor.approximate')}</span>
                  </Tooltip>
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>{st('editor.note')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {indicators.map((ind, i) => {
                const labelError = errorAt(`indicators.${i}.label`);
                return (
                  <TableRow key={ind.key} data-testid="indicator-row">
                    <TableCell>
                      <TextField
                        value={ind.label}
                        onChange={(e) => change(ind.key, (x) => ({ ...x, label: e.target.value }))}
                        error={!!labelError}
                        helperText={labelError}
                        multiline
                        slotProps={{ htmlInput: { maxLength: LIMITS.name, 'aria-label': `${st('editor.indicatorLabel')} ${i + 1}` } }}
                      />
                    </TableCell>
                    <TableCell>
                      <TextField
                        value={ind.unit}
                        onChange={(e) => change(ind.key, (x) => ({ ...x, unit: e.target.value }))}
                        slotProps={{ htmlInput: { maxLength: 20, 'aria-label': `${st('editor.unit')} ${i + 1}` } }}
                      />
                    </TableCell>
                    {years.map((y) => {
                      const err = errorAt(`indicators.${i}.values.${y}`);
                      return (
                        <TableCell key={y}>
                          <TextField
                            value={ind.values[String(y)] ?? ''}
                            onChange={(e) => change(ind.key, (x) => ({ ...x, values: { ...x.values, [String(y)]: e.target.value } }))}
                            error={!!err}
                            helperText={err}
                            slotProps={{
                              htmlInput: {
                                inputMode: 'decimal',
                                maxLength: 20,
                                style: { textAlign: 'right' },
                                'aria-label': `${ind.label || st('editor.indicatorLabel')} ${st('editor.yearValue', { year: yearHead(y) })}`,
                              },
                            }}
                          />
                        </TableCell>
                      );
                    })}
                    <TableCell align="center">
                      <Checkbox
                        checked={ind.approximate}
                        onChange={(e) => change(ind.key, (x) => ({ ...x, approximate: e.target.checked }))}
                        slotProps={{ input: { 'aria-label': `${st('editor.approximateHelp')} ${i + 1}` } }}
                        size="small"
                      />
                    </TableCell>
                    <TableCell>
                      <TextField
                        value={ind.note}
                        onChange={(e) => change(ind.key, (x) => ({ ...x, note: e.target.value }))}
                        multiline
                        slotProps={{ htmlInput: { maxLength: LIMITS.shortText, 'aria-label': `${st('editor.note')} ${i + 1}` } }}
                      />
                    </TableCell>
                    <TableCell>
                      <Tooltip title={st('editor.removeIndicator')}>
                        <IconButton
                          size="small"
                          color="error"
                          aria-label={st('editor.removeIndicator')}
                          onClick={() => update((d) => ({ ...d, indicators: d.indicators.filter((x) => x.key !== ind.key) }))}
                        >
                          <DeleteOutlined fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <Button
        sx={{ mt: 1 }}
        startIcon={<AddOutlined />}
        onClick={() => update((d) => ({ ...d, indicators: [...d.indicators, emptyIndicator()] }))}
        disabled={indicators.length >= LIMITS.indicators}
      >
        {st('editor.addIndicator')}
      </Button>
    </Box>
  );
}
