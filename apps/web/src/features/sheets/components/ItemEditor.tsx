import { memo, useState } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowDownwardOutlined from '@mui/icons-material/ArrowDownwardOutlined';
import ArrowUpwardOutlined from '@mui/icons-material/ArrowUpwardOutlined';
import CloseOutlined from '@mui/icons-material/CloseOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import TableChartOutlined from '@mui/icons-material/TableChartOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../shared/components/ConfirmDialog';
import type { DraftItem } from '../model/draft';
import { TableEditor } from './TableEditor';

const MAX_BULLETS = 50;

interface Props {
  item: DraftItem;
  index: number;
  count: number;
  headingError?: string;
  onChange: (key: string, change: (item: DraftItem) => DraftItem) => void;
  onMove: (key: string, by: -1 | 1) => void;
  onRemove: (key: string) => void;
}

/** One implementation item: heading, text, bullet points and an optional small table. */
export const ItemEditor = memo(function ItemEditor({ item, index, count, headingError, onChange, onMove, onRemove }: Props) {
  const { t: st } = useTranslation('sheets');
  const [confirmRemove, setConfirmRemove] = useState(false);
  const change = (patch: Partial<DraftItem>) => onChange(item.key, (i) => ({ ...i, ...patch }));
  const setBullet = (b: number, value: string) => onChange(item.key, (i) => ({ ...i, bullets: i.bullets.map((x, j) => (j === b ? value : x)) }));
  const n = index + 1;

  return (
    <Paper sx={{ p: 2 }} data-testid="item-editor" component="fieldset" aria-label={st('editor.item', { n })}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1.5 }}>
        <Typography variant="h4" component="legend" sx={{ flexGrow: 1, p: 0 }}>
          {st('editor.item', { n })}
        </Typography>
        <Tooltip title={st('editor.moveUp')}>
          <span>
            <IconButton size="small" aria-label={st('editor.moveUp')} disabled={index === 0} onClick={() => onMove(item.key, -1)}>
              <ArrowUpwardOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={st('editor.moveDown')}>
          <span>
            <IconButton size="small" aria-label={st('editor.moveDown')} disabled={index === count - 1} onClick={() => onMove(item.key, 1)}>
              <ArrowDownwardOutlined fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={st('editor.removeItem')}>
          <IconButton size="small" color="error" aria-label={st('editor.removeItem')} onClick={() => setConfirmRemove(true)}>
            <DeleteOutlined fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        <TextField
          label={st('editor.heading')}
          value={item.heading}
          onChange={(e) => change({ heading: e.target.value })}
          required
          error={!!headingError}
          helperText={headingError}
          slotProps={{ htmlInput: { maxLength: LIMITS.heading } }}
        />
        <TextField
          label={st('editor.text')}
          value={item.text}
          onChange={(e) => change({ text: e.target.value })}
          multiline
          minRows={2}
          slotProps={{ htmlInput: { maxLength: LIMITS.longText } }}
        />
        <Box>
          <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>
            {st('editor.bullets')}
          </Typography>
          <Box sx={{ display: 'grid', gap: 0.75 }}>
            {item.bullets.map((b, j) => (
              <TextField
                key={j}
                value={b}
                onChange={(e) => setBullet(j, e.target.value)}
                multiline
                slotProps={{
                  htmlInput: { maxLength: LIMITS.bullet, 'aria-label': st('editor.bullet', { n: j + 1 }) },
                  input: {
                    startAdornment: <InputAdornment position="start">・</InputAdornment>,
                    endAdornment: (
                      <InputAdornment position="end">
                        <IconButton
                          size="small"
                          aria-label={st('editor.removeBullet')}
                          onClick={() => onChange(item.key, (i) => ({ ...i, bullets: i.bullets.filter((_, k) => k !== j) }))}
                        >
                          <CloseOutlined sx={{ fontSize: 16 }} />
                        </IconButton>
                      </InputAdornment>
                    ),
                  },
                }}
              />
            ))}
          </Box>
          <Box sx={{ display: 'flex', gap: 1, mt: 0.75 }}>
            <Button
              size="small"
              startIcon={<AddOutlined />}
              onClick={() => onChange(item.key, (i) => ({ ...i, bullets: [...i.bullets, ''] }))}
              disabled={item.bullets.length >= MAX_BULLETS}
            >
              {st('editor.addBullet')}
            </Button>
            {!item.table && (
              <Button size="small" startIcon={<TableChartOutlined />} onClick={() => change({ table: [['', ''], ['', '']] })}>
                {st('editor.addTable')}
              </Button>
            )}
          </Box>
        </Box>
        {item.table && (
          <Box>
            <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>
              {st('editor.table')}
            </Typography>
            <TableEditor table={item.table} onChange={(table) => change({ table })} />
          </Box>
        )}
      </Box>
      <ConfirmDialog
        open={confirmRemove}
        danger
        title={st('editor.removeItemTitle')}
        message={st('editor.removeItemMessage', { name: item.heading.trim() || st('editor.untitled') })}
        confirmLabel={st('editor.removeItem')}
        onClose={() => setConfirmRemove(false)}
        onConfirm={async () => onRemove(item.key)}
      />
    </Paper>
  );
});
