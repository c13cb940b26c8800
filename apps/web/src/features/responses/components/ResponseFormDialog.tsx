import Typography from '@mui/material/Typography';
import { LIMITS, RESPONSE_CATEGORIES, RESPONSE_CATEGORIES_WITH_REASON, RESPONSE_CATEGORY_LABELS, type ResponseCategory } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormSelectField, FormTextField } from '../../../shared/components/FormFields';
import { useDialogSubmit } from '../../../shared/components/useDialogSubmit';
import { useLang } from '../../../shared/hooks/useLang';
import { rules } from '../../../shared/validation';
import { useResponseMutations } from '../hooks/useResponseMutations';

interface Values {
  text: string;
  category: ResponseCategory | '';
  difficultyReason: string;
  dueDate: string;
}

interface Props {
  projectId: string;
  /** The opinions the new response answers. */
  opinions: ReadonlyArray<{ id: string; mark: string }>;
  onClose: () => void;
}

/** A new response: its text, its category (対応困難 needs the reason) and when it is due; it answers one or several opinions. Once created, it is edited in place (autosaved). */
export function ResponseFormDialog({ projectId, opinions, onClose }: Props) {
  const { t: rt } = useTranslation('responses');
  const { label, lang } = useLang();
  const { create } = useResponseMutations();
  const form = useForm<Values>({ defaultValues: { text: '', category: '', difficultyReason: '', dueDate: '' } });
  const { submit, problem } = useDialogSubmit(
    form,
    async (v) => {
      const category = v.category as ResponseCategory;
      await create({
        variables: {
          input: {
            projectId,
            councilOpinionIds: opinions.map((o) => o.id),
            text: v.text.trim(),
            category,
            difficultyReason: RESPONSE_CATEGORIES_WITH_REASON.includes(category) ? v.difficultyReason.trim() : null,
            dueDate: v.dueDate || null,
            tagIds: [],
          },
        },
      });
      return rt('form.created');
    },
    onClose,
  );
  const category = form.watch('category');
  const needsReason = RESPONSE_CATEGORIES_WITH_REASON.includes(category as ResponseCategory);

  return (
    <FormDialog open title={rt('form.createTitle')} onClose={onClose} onSubmit={submit} submitting={form.formState.isSubmitting} problem={problem} maxWidth="md">
      <Typography variant="body2" data-testid="form-opinions">
        {rt('form.opinions')}: <strong>{opinions.map((o) => o.mark).join('・')}</strong>
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
