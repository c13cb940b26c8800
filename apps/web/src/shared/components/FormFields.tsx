import type { ReactNode } from 'react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { useController, type Control, type FieldPath, type FieldValues, type RegisterOptions } from 'react-hook-form';
import { useLang } from '../hooks/useLang';

interface BaseProps<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  rules?: RegisterOptions<T, FieldPath<T>>;
  helperText?: ReactNode;
}

type TextProps<T extends FieldValues> = BaseProps<T> &
  Pick<TextFieldProps, 'type' | 'autoComplete' | 'autoFocus' | 'multiline' | 'minRows' | 'required' | 'disabled' | 'placeholder'> & {
    maxLength?: number;
  };

/** A text field bound to react-hook-form; shows the client's and the server's message under it. */
export function FormTextField<T extends FieldValues>({ control, name, label, rules, helperText, maxLength, type, ...rest }: TextProps<T>) {
  const { field, fieldState } = useController({ control, name, rules });
  const { date } = useLang();
  // A date field also says the date in the era: 令和元年7月1日（月）.
  const eraHint = type === 'date' && typeof field.value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? safeDate(date, field.value) : undefined;
  return (
    <TextField
      {...rest}
      type={type}
      label={label}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? helperText ?? eraHint}
      slotProps={{
        htmlInput: { maxLength, ...(type === 'number' ? { inputMode: 'numeric' } : {}) },
        inputLabel: type === 'date' ? { shrink: true } : undefined,
      }}
    />
  );
}

function safeDate(format: (v: string) => string, value: string): string | undefined {
  try {
    return format(value);
  } catch {
    return undefined;
  }
}

export interface Option {
  value: string;
  label: ReactNode;
  disabled?: boolean;
}

type SelectProps<T extends FieldValues> = BaseProps<T> & {
  options: Option[];
  /** Offer an empty choice with this label (the value becomes ''). */
  emptyLabel?: string;
  required?: boolean;
  disabled?: boolean;
};

/** A select bound to react-hook-form (value '' = none). */
export function FormSelectField<T extends FieldValues>({ control, name, label, rules, helperText, options, emptyLabel, required, disabled }: SelectProps<T>) {
  const { field, fieldState } = useController({ control, name, rules });
  return (
    <TextField
      select
      label={label}
      name={field.name}
      value={field.value ?? ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      required={required}
      disabled={disabled}
      error={!!fieldState.error}
      helperText={fieldState.error?.message ?? helperText}
      slotProps={emptyLabel !== undefined ? { select: { displayEmpty: true }, inputLabel: { shrink: true } } : undefined}
    >
      {emptyLabel !== undefined && (
        <MenuItem value="">
          <em>{emptyLabel}</em>
        </MenuItem>
      )}
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** A checkbox bound to react-hook-form. */
export function FormCheckbox<T extends FieldValues>({ control, name, label, helperText, disabled }: BaseProps<T> & { disabled?: boolean }) {
  const { field, fieldState } = useController({ control, name });
  return (
    <div>
      <FormControlLabel
        control={<Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} slotProps={{ input: { ref: field.ref } }} disabled={disabled} />}
        label={label}
      />
      {(fieldState.error || helperText) && (
        <FormHelperText error={!!fieldState.error} sx={{ mt: -0.5, ml: 4 }}>
          {fieldState.error?.message ?? helperText}
        </FormHelperText>
      )}
    </div>
  );
}
