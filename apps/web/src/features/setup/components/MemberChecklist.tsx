import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

export interface ChecklistMember {
  id: string;
  name: string;
  isChair: boolean;
  /** Shown after the name (affiliation, "in group 1"). */
  note?: string;
  disabled?: boolean;
}

interface Props<T extends FieldValues> {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  members: readonly ChecklistMember[];
  helperText?: string;
}

/** Choose members with checkboxes; the value is the list of their ids. */
export function MemberChecklist<T extends FieldValues>({ control, name, label, members, helperText }: Props<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const selected: string[] = field.value ?? [];
  const toggle = (id: string, on: boolean) => field.onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <FormControl error={!!fieldState.error} component="fieldset" variant="standard">
      <FormLabel component="legend" sx={{ mb: 0.5, color: 'text.primary', '&.Mui-focused': { color: 'text.primary' } }}>
        {label}
      </FormLabel>
      <FormGroup>
        {members.map((m) => (
          <FormControlLabel
            key={m.id}
            disabled={m.disabled && !selected.includes(m.id)}
            control={<Checkbox checked={selected.includes(m.id)} onChange={(e) => toggle(m.id, e.target.checked)} size="small" />}
            label={
              <span>
                {m.name}
                {m.isChair && (
                  <Typography component="span" variant="caption" color="primary" sx={{ ml: 0.75, fontWeight: 700 }}>
                    {t('cycles.chair')}
                  </Typography>
                )}
                {m.note && (
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {m.note}
                  </Typography>
                )}
              </span>
            }
          />
        ))}
      </FormGroup>
      {(fieldState.error || helperText) && <FormHelperText>{fieldState.error?.message ?? helperText}</FormHelperText>}
    </FormControl>
  );
}
