import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { RESPONSE_CATEGORY_LABELS, RESPONSE_NO_CATEGORY_LABEL, type ResponseCategory, type ResponseState } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../shared/hooks/useLang';
import { StateChip } from '../../../shared/workflow';
import { responseWorkflow } from '../workflow';

export function ResponseStateChip({ state }: { state: ResponseState }) {
  return <StateChip config={responseWorkflow} state={state} />;
}

/** 対応済 / 対応予定 / 検討 / 対応困難, or 未分類 (the demo's responses have none). */
export function useCategoryLabel() {
  const { label } = useLang();
  return (category: ResponseCategory | null | undefined) => label(category ? RESPONSE_CATEGORY_LABELS[category] : RESPONSE_NO_CATEGORY_LABEL);
}

export function CategoryChip({ category }: { category: ResponseCategory | null | undefined }) {
  const name = useCategoryLabel();
  return <Chip size="small" variant="outlined" color={category === 'DIFFICULT' ? 'warning' : 'default'} label={name(category)} data-testid="response-category" />;
}

export interface Progress {
  total: number;
  answered: number;
  submitted: number;
  approved: number;
}

/** Answered / submitted / approved of the confirmed opinions, as counts. */
export function ProgressCounts({ progress, testId }: { progress: Progress; testId?: string }) {
  const { t: rt } = useTranslation('responses');
  const items = [
    ['total', progress.total],
    ['answered', progress.answered],
    ['submitted', progress.submitted],
    ['approved', progress.approved],
  ] as const;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }} data-testid={testId}>
      {items.map(([key, value]) => (
        <Box key={key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1.25, py: 0.5, minWidth: 84 }} data-testid={`progress-${key}`}>
          <Typography variant="caption" color="text.secondary" component="div">
            {rt(`progress.${key}`)}
          </Typography>
          <Typography sx={{ fontWeight: 700 }}>{value}</Typography>
        </Box>
      ))}
    </Box>
  );
}
