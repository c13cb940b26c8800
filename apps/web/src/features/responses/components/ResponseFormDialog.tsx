import Typography from '@mui/material/Typography';
import { LIMITS, RESPONSE_CATEGORIES, RESPONSE_CATEGORIES_WITH_REASON, RESPONSE_CATEGORY_LABELS, type ResponseCategory } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormSelectField, FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
import { rules } from '../../../shared/validation';
import { useResponseMutations } from '../hooks/useResponseMutations';

export interface EditableResponse {
  id: string;
  version: number;
  text: string;
  category?: ResponseCategory | null;
  difficultyReason?: string | null;
  dueDate?: string | null;
  tags: ReadonlyArray<{ id: string }>;
  councilOpinions: ReadonlyArray<{ id: string; mark: string }>;
}

interface Values {
  text: string;
  category: ResponseCategory | '';
  difficultyReason: string;
  dueDate: string;
}

interface Props {
  projectId: string;
  /** The response to edit; a new one answers `opinions`. */
  response?: EditableResponse;
  /** The opinions a new response answers. */
  opinions: ReadonlyArray<{ id: string; mark: string }>;
  onClose: () => void;
  onReload: () => Promise<EditableResponse | undefined>;
}

const toValues = (r: EditableResponse | undefined): Values => ({
  text: r?.text ?? '',
  category: r?.category ?? '',
  difficultyReason: r?.difficultyReason ?? '',
  dueDate: r?.dueDate ?? '',
});

/** A response: its text, its category (対応困難 needs the reason) and when it is due; it answers one or several opinions. */
export function ResponseFormDialog({ projectId, response, opinions, onClose, onReload }: Props) {
  const { t: rt } = useTranslation('responses');
  const { label, lang } = useLang();
  const { create, update } = useResponseMutations();
  const answered = response ? response.councilOpinions : opinions;
  const fields = (v: Values) => ({
    text: v.text.trim(),
    category: v.category as ResponseCategory,
    difficultyReason: RESPONSE_CATEGORIES_WITH_REASON.includes(v.category as ResponseCategory) ? v.difficultyReason.trim() : null,
    dueDate: v.dueDate || null,
    councilOpinionIds: answered.map((o) => o.id),
  });
  const { form, dialogProps } = useVersionedForm<EditableResponse | undefined, Values>({
    record: response,
    toValues,
    create: (v) => create({ variables: { input: { ...fields(v), projectId, tagIds: [] } } }),
    update: (v, r, version) => update({ variables: { input: { ...fields(v), id: r.id, version, tagIds: r.tags.map((t) => t.id) } } }),
    savedMessage: response ? undefined : rt('form.created'),
    onClose,
    onReload,
  });
  const category = form.watch('category');
  const needsReason = RESPONSE_CATEGORIES_WITH_REASON.includes(category as ResponseCategory);

  return (
    <FormDialog open title={response ? rt('form.editTitle') : rt('form.createTitle')} {...dialogProps} maxWidth="md">
      <Typography variant="body2" data-testid="form-opinions">
        {rt('form.opinions')}: <strong>{answered.map((o) => o.mark).join('・')}</strong>
      </Typography>
      <FormTextField
        control={form.control}
        name="text"
        label={rt('form.text')}
        multiline
        minRows={5}
        required
        autoFocus
        maxLength={LIMITS.longText}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.longText, lang) }}
      />
      <FormSelectField
        control={form.control}
        name="category"
        label={rt('form.category')}
        required
        options={RESPONSE_CATEGORIES.map((c) => ({ value: c, label: label(RESPONSE_CATEGORY_LABELS[c]) }))}
        rules={{ required: rules.required(lang) }}
      />
      {needsReason && (
        <FormTextField
          control={form.control}
          name="difficultyReason"
          label={rt('form.difficultyReason')}
          multiline
          minRows={2}
          required
          maxLength={LIMITS.reason}
          rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.reason, lang) }}
        />
      )}
      <FormTextField control={form.control} name="dueDate" type="date" label={rt('form.dueDate')} />
    </FormDialog>
  );
}
