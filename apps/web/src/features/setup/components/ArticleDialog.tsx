import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ArticleFieldsFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
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
  onReload: () => Promise<ArticleFieldsFragment | undefined>;
}

/** An article (条) of the ordinance and the policy (施策) it sets. */
export function ArticleDialog({ ordinanceId, article, onClose, onReload }: Props) {
  const { t } = useTranslation();
  const { lang } = useLang();
  const notify = useNotify();
  const form = useForm<Values>({ defaultValues: toValues(article) });
  const [version, setVersion] = useState(article?.version);
  const { problem, handle, clear } = useServerErrors(form);
  const [create, creating] = useMutation(CreateArticleMutation, { refetchQueries: [OrdinanceSetupQuery] });
  const [update, updating] = useMutation(UpdateArticleMutation);

  const submit = form.handleSubmit(async (v) => {
    clear();
    const fields = { number: Number(v.number), title: v.title.trim() };
    try {
      if (article && version !== undefined) await update({ variables: { input: { ...fields, id: article.id, version } } });
      else await create({ variables: { input: { ...fields, ordinanceId } } });
      notify(t('common.saved'));
      onClose();
    } catch (e) {
      handle(e);
    }
  });

  return (
    <FormDialog
      open
      maxWidth="sm"
      title={article ? t('setup.articleDialogEdit') : t('setup.articleDialogNew')}
      onClose={onClose}
      onSubmit={submit}
      submitting={creating.loading || updating.loading}
      problem={problem}
      onReload={
        article &&
        (async () => {
          const latest = await onReload();
          if (latest) {
            form.reset(toValues(latest));
            setVersion(latest.version);
          }
          clear();
        })
      }
    >
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
