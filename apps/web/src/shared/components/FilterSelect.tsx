import type { ReactNode } from 'react';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';

/** A filter left open shows its "all" choice rather than an empty box. */
const ANY_SHOWN = { select: { displayEmpty: true }, inputLabel: { shrink: true } };

interface Props {
  label: string;
  /** '' = any. */
  value: string;
  onChange: (value: string) => void;
  /** The label of "any" (every value). */
  any: string;
  options: ReadonlyArray<{ value: string; label: ReactNode }>;
  minWidth?: number;
}

/** One single-choice filter of a list (article, department, group…), "any" first. */
export function FilterSelect({ label, value, onChange, any, options, minWidth = 160 }: Props) {
  return (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} fullWidth={false} sx={{ minWidth, maxWidth: '100%' }} slotProps={ANY_SHOWN}>
      <MenuItem value="">
        <em>{any}</em>
      </MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}
