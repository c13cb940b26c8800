import AddOutlined from '@mui/icons-material/AddOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputBase from '@mui/material/InputBase';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';

interface Props {
  table: string[][];
  onChange: (table: string[][] | null) => void;
}

const cellBorder = '1px solid #c9d2dc';

/** A small table: the first row is the header; rows and columns can be added and removed. */
export function TableEditor({ table, onChange }: Props) {
  const { t: st } = useTranslation('sheets');
  const columns = Math.max(1, ...table.map((r) => r.length));
  const rows = table.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? ''));
  const set = (r: number, c: number, value: string) => onChange(rows.map((row, i) => (i === r ? row.map((cell, j) => (j === c ? value : cell)) : row)));
  const addRow = () => onChange([...rows, Array.from({ length: columns }, () => '')]);
  const addColumn = () => onChange(rows.map((row) => [...row, '']));
  const removeRow = (r: number) => onChange(rows.length > 1 ? rows.filter((_, i) => i !== r) : null);
  const removeColumn = (c: number) => onChange(columns > 1 ? rows.map((row) => row.filter((_, j) => j !== c)) : null);

  return (
    <Box data-testid="table-editor">
      <Box sx={{ overflowX: 'auto' }}>
        <Box component="table" sx={{ borderCollapse: 'collapse', minWidth: '60%' }}>
          <thead>
            <tr>
              {Array.from({ length: columns }, (_, c) => (
                <Box component="th" key={c} sx={{ p: 0, textAlign: 'center', fontWeight: 400 }}>
                  <Tooltip title={st('editor.removeColumn', { n: c + 1 })}>
                    <IconButton size="small" aria-label={st('editor.removeColumn', { n: c + 1 })} onClick={() => removeColumn(c)}>
                      <CloseOutlined sx={{ fontSize: 14 }} />
                    </IconButton>
                  </Tooltip>
                </Box>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, c) => (
                  <Box
                    component="td"
                    key={c}
                    sx={{ border: cellBorder, p: 0, minWidth: 120, bgcolor: r === 0 ? '#eef2f6' : 'background.paper', verticalAlign: 'top' }}
                  >
                    <InputBase
                      value={cell}
                      onChange={(e) => set(r, c, e.target.value)}
                      multiline
                      fullWidth
                      inputProps={{ maxLength: LIMITS.cell, 'aria-label': st('editor.cell', { row: r + 1, col: c + 1 }) }}
                      sx={{ px: 1, py: 0.5, fontSize: '0.8125rem', fontWeight: r === 0 ? 700 : 400 }}
                    />
                  </Box>
                ))}
                <Box component="td" sx={{ pl: 0.5 }}>
                  <Tooltip title={st('editor.removeRow', { n: r + 1 })}>
                    <IconButton size="small" aria-label={st('editor.removeRow', { n: r + 1 })} onClick={() => removeRow(r)}>
                      <CloseOutlined sx={{ fontSize: 14 }} />
                    </IconButton>
                  </Tooltip>
                </Box>
              </tr>
            ))}
          </tbody>
        </Box>
      </Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 1 }}>
        <Button size="small" startIcon={<AddOutlined />} onClick={addRow} disabled={rows.length >= LIMITS.tableRows}>
          {st('editor.addRow')}
        </Button>
        <Button size="small" startIcon={<AddOutlined />} onClick={addColumn} disabled={columns >= LIMITS.tableColumns}>
          {st('editor.addColumn')}
        </Button>
        <Button size="small" color="error" startIcon={<DeleteOutlined />} onClick={() => onChange(null)}>
          {st('editor.removeTable')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {st('editor.tableHelp')}
        </Typography>
      </Box>
    </Box>
  );
}
