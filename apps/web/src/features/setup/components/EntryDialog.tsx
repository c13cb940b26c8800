import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import { LIMITS, PROJECT_KIND_LABELS, PROJECT_KINDS, type ProjectKind } from '@kensho/domain';
import { useTranslation } from 'react-i18next';
import type { EntriesSetupQuery, SetupProjectFragment } from '../../../generated/graphql';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormSelectField, FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
import { rules, toIntOrNull, toNull } from '../../../shared/validation';
import { CreateProjectMutation, UpdateProjectMutation } from '../graphql/entries';

type Data = EntriesSetupQuery;

interface Values {
  name: string;
  articleId: string;
  departmentId: string;
  groupId: string;
  kind: ProjectKind;
  page: string;
  sortOrder: string;
  verifiedWithId: string;
}

const toValues = (p: SetupProjectFragment | undefined): Values => ({
  name: p?.name ?? '',
  articleId: p?.articleId ?? '',
  departmentId: p?.departmentId ?? '',
  groupId: p?.groupId ?? '',
  kind: p?.kind ?? 'PROJECT',
  page: p?.page != null ? String(p.page) : '',
  sortOrder: p ? String(p.sortOrder) : '',
  verifiedWithId: p?.verifiedWithId ?? '',
});

interface Props {
  data: Data;
  /** The entry to edit; a new one otherwise. */
  project?: SetupProjectFragment;
  onClose: () => void;
  /** Reads the entries again; returns the latest version of this one. */
  onReload?: () => Promise<SetupProjectFragment | undefined>;
  onCreated: () => void;
}

/** Create or edit an entry: name, article, department, group, kind, page, verified together with. */
export function EntryDialog({ data, project, onClose, onReload, onCreated }: Props) {
  const { t } = useTranslation();
  const { lang, label } = useLang();
  const [create] = useMutation(CreateProjectMutation);
  const [update] = useMutation(UpdateProjectMutation);
  const cycle = data.cycle;
  const fields = (v: Values) => ({
    name: v.name.trim(),
    articleId: v.articleId,
    departmentId: toNull(v.departmentId),
    groupId: v.verifiedWithId ? null : toNull(v.groupId),
    kind: v.kind,
    page: toIntOrNull(v.page),
    sortOrder: toIntOrNull(v.sortOrder),
    verifiedWithId: toNull(v.verifiedWithId),
  });
  const { form, dialogProps } = useVersionedForm({
    record: project,
    toValues,
    create: async (v) => {
      await create({ variables: { input: { ...fields(v), cycleId: cycle.id } } });
      onCreated();
    },
    update: (v, { id }, version) => update({ variables: { input: { ...fields(v), id, version } } }),
    onClose,
    onReload,
  });
  const verifiedWith = form.watch('verifiedWithId');

  const articles = [...cycle.articles].sort((a, b) => a.number - b.number);
  const leads = cycle.projects.filter((p) => !p.verifiedWithId && p.id !== project?.id);

  return (
    <FormDialog open title={project ? t('setup.entryDialogEdit') : t('setup.entryDialogNew')} maxWidth="md" {...dialogProps}>
      <FormTextField
        control={form.control}
        name="name"
        label={t('setup.name')}
        required
        autoFocus
        maxLength={LIMITS.name}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.name, lang) }}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormSelectField
          control={form.control}
          name="articleId"
          label={t('setup.article')}
          required
          rules={{ required: rules.required(lang) }}
          options={articles.map((a) => ({ value: a.id, label: `${t('cycles.articleNo', { number: a.number })} ${a.title}` }))}
        />
        <FormSelectField
          control={form.control}
          name="kind"
          label={t('setup.kind')}
          required
          options={PROJECT_KINDS.map((k) => ({ value: k, label: label(PROJECT_KIND_LABELS[k]) }))}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormSelectField
          control={form.control}
          name="departmentId"
          label={t('setup.department')}
          emptyLabel={t('common.notSet')}
          options={data.departments.map((d) => ({ value: d.id, label: d.bureau ? t('common.withNote', { main: d.name, note: d.bureau }) : d.name }))}
        />
        <FormSelectField
          control={form.control}
          name="groupId"
          label={t('setup.group')}
          emptyLabel={t('common.notSet')}
          disabled={!!verifiedWith}
          options={cycle.groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <FormTextField control={form.control} name="page" type="number" label={t('setup.page')} rules={{ validate: rules.optionalInt(lang, 1, 9999) }} />
        <FormTextField control={form.control} name="sortOrder" type="number" label={t('setup.sortOrder')} rules={{ validate: rules.optionalInt(lang, 0, 100_000) }} />
      </Stack>
      <FormSelectField
        control={form.control}
        name="verifiedWithId"
        label={t('setup.verifiedWith')}
        emptyLabel={t('common.none')}
        helperText={t('setup.verifiedWithHelp')}
        options={leads.map((p) => ({ value: p.id, label: p.name }))}
      />
    </FormDialog>
  );
}
