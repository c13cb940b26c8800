import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
import { rules } from '../../../shared/validation';
import { CreateArticleMutation, OrdinanceSetupQuery, UpdateArticleMutation } from '../graphql/ordinance';

interface Values {
  number: string;
  title: string;
}
const toValues = (a?: ArticleFieldsFragment): Values => ({ number: a ? String(a.number) : '', title: a?.title ?? '' });

interface Props {
  ordinanceId: string;
  article?: ArticleFieldsFragment;
  onClose: () => void;
  onReload?: () => Promise<ArticleFieldsFragment | undefined>;
}

/** An article (条) of the ordinance and the policy (施策) it sets. */
export function ArticleDialog({ ordinanceId, article, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const [create] = useMutation(CreateArticleMutation, { refetchQueries: [OrdinanceSetupQuery] });
  const [update] = useMutation(UpdateArticleMutation);
  const fields = (v: Values) => ({ number: Number(v.number), title: v.title.trim() });
  const { form, dialogProps } = useVersionedForm({
    record: article,
    toValues,
    create: (v) => create({ variables: { input: { ...fields(v), ordinanceId } } }),
    update: (v, { id }, version) => update({ variables: { input: { ...fields(v), id, version } } }),
    onClose,
    onReload,
  });

  return (
    <FormDialog open maxWidth="sm" title={article ? t('setup.articleDialogEdit') : t('setup.articleDialogNew')} {...dialogProps}>
      <FormTextField
        control={form.control}
        name="number"
        type="number"
        label={t('setup.articleNumber')}
        required
        autoFocus
        rules={{ required: rules.required(lang), validate: rules.optionalInt(lang, 1, 999) }}
      />
      <FormTextField
        control={form.control}
        name="title"
        label={t('setup.articleTitle')}
        required
        maxLength={LIMITS.name}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.name, lang) }}
      />
    </FormDialog>
  );
}
