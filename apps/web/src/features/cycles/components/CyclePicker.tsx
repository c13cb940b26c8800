import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';

interface Props {
  cycles: ReadonlyArray<{ id: string; fiscalYear: number }>;
  value: number | null;
  onChange: (fiscalYear: number) => void;
}

/** Pick the fiscal year: 令和元年度（2019年度）. */
export function CyclePicker({ cycles, value, onChange }: Props) {
  const { t } = useTranslation();
  const { fiscalYear } = useLang();
  return (
    <TextField
      select
      label={t('cycles.fiscalYear')}
      value={value ?? ''}
      onChange={(e) => onChange(Number(e.target.value))}
      fullWidth={false}
      sx={{ minWidth: 240 }}
      slotProps={{ htmlInput: { 'data-testid': 'cycle-picker' } }}
    >
      {cycles.map((c) => (
        <MenuItem key={c.id} value={c.fiscalYear}>
          {fiscalYear(c.fiscalYear)}
        </MenuItem>
      ))}
    </TextField>
  );
}
