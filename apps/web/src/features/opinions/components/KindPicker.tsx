import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { OPINION_KIND_LABELS, OPINION_KINDS, type OpinionKind } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';

/** 評価できる点 / 改善が必要な点 / その他 as one row of buttons. */
export function KindPicker({ value, onChange, disabled }: { value: OpinionKind; onChange: (kind: OpinionKind) => void; disabled?: boolean }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      color="primary"
      value={value}
      disabled={disabled}
      onChange={(_, v: OpinionKind | null) => v && onChange(v)}
      aria-label={ot('common.kind')}
      sx={{ flexWrap: 'wrap', '& .MuiToggleButton-root': { py: 0.25, px: 1.25 } }}
    >
      {OPINION_KINDS.map((kind) => (
        <ToggleButton key={kind} value={kind}>
          {label(OPINION_KIND_LABELS[kind])}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
