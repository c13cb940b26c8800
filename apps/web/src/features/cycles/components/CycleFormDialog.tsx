import { useEffect } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormSelectField, FormTextField } from '../../../shared/components/FormFields';
import { useVersionedForm } from '../../../shared/components/useVersionedForm';
import { useLang } from '../../../shared/hooks/useLang';
import { rules, toNull } from '../../../shared/validation';
import { CreateCycleMutation, CycleListQuery, OrdinancesQuery, UpdateCycleMutation } from '../graphql/cycles';

interface Values {
  fiscalYear: string;
  ordinanceId: string;
  startDate: string;
  endDate: string;
  sheetDeadline: string;
  opinionDeadline: string;
}

interface CycleDates {
  id: string;
  fiscalYear: number;
  version: number;
  startDate: string | null;
  endDate: string | null;
  sheetDeadline?: string | null;
  opinionDeadline?: string | null;
}

interface Props {
  /** Edit this cycle's period; without it, create a new fiscal year. */
  cycle?: CycleDates;
  suggestedYear: number;
  onClose: () => void;
  onSaved: (fiscalYear: number) => void;
  onReload?: () => Promise<CycleDates | undefined>;
}

/** A new fiscal year (secretariat), or the period of an existing one. */
export function CycleFormDialog({ cycle, suggestedYear, onClose, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const { lang, fiscalYear } = useLang();
  const ordinances = useQuery(OrdinancesQuery, { skip: !!cycle });
  const toValues = (c?: CycleDates): Values => ({
    fiscalYear: String(c?.fiscalYear ?? suggestedYear),
    ordinanceId: '',
    startDate: c?.startDate ?? '',
    endDate: c?.endDate ?? '',
    sheetDeadline: c?.sheetDeadline ?? '',
    opinionDeadline: c?.opinionDeadline ?? '',
  });
  const [create] = useMutation(CreateCycleMutation, { refetchQueries: [CycleListQuery], awaitRefetchQueries: true });
  const [update] = useMutation(UpdateCycleMutation);
  const { form, dialogProps } = useVersionedForm({
    record: cycle,
    toValues,
    create: async (v) => {
      const { data } = await create({
        variables: { input: { fiscalYear: Number(v.fiscalYear), ordinanceId: v.ordinanceId, startDate: toNull(v.startDate), endDate: toNull(v.endDate) } },
      });
      if (data) onSaved(data.createCycle.fiscalYear);
    },
    update: async (v, { id, fiscalYear: year }, version) => {
      await update({
        variables: {
          input: { id, version, startDate: toNull(v.startDate), endDate: toNull(v.endDate), sheetDeadline: toNull(v.sheetDeadline), opinionDeadline: toNull(v.opinionDeadline) },
        },
      });
      onSaved(year);
    },
    onClose,
    onReload,
  });
  const ordinanceOptions = (ordinances.data?.ordinances ?? []).map((o) => ({ value: o.id, label: o.name }));
  const typedYear = Number(form.watch('fiscalYear'));
  // 令和元年度（2019年度） under the number, as the year is spoken
  const yearHint = Number.isInteger(typedYear) && typedYear >= 2000 && typedYear <= 2100 ? fiscalYear(typedYear) : undefined;
  const firstOrdinance = ordinanceOptions[0]?.value;
  useEffect(() => {
    // One ordinance in practice: preselect it.
    if (!cycle && firstOrdinance && !form.getValues('ordinanceId')) form.setValue('ordinanceId', firstOrdinance);
  }, [cycle, firstOrdinance, form]);

  return (
    <FormDialog open title={cycle ? fiscalYear(cycle.fiscalYear) : t('cycles.newCycle')} maxWidth="xs" {...dialogProps}>
      {!cycle && (
        <>
          <FormTextField
            control={form.control}
            name="fiscalYear"
            type="number"
            label={t('cycles.fiscalYear')}
            required
            helperText={yearHint}
            rules={{ required: rules.required(lang), validate: rules.optionalInt(lang, 2000, 2100) }}
          />
          <FormSelectField control={form.control} name="ordinanceId" label={t('cycles.ordinance')} required options={ordinanceOptions} rules={{ required: rules.required(lang) }} />
        </>
      )}
      {cycle && <Typography variant="body2">{t('cycles.period')}</Typography>}
      <FormTextField control={form.control} name="startDate" type="date" label={t('cycles.startDate')} />
      <FormTextField
        control={form.control}
        name="endDate"
        type="date"
        label={t('cycles.endDate')}
        rules={{ validate: (end, all) => rules.dateRange(lang, all.startDate, end) }}
      />
      {cycle && (
        <>
          <Typography variant="body2">{t('cycles.deadlines')}</Typography>
          <FormTextField control={form.control} name="sheetDeadline" type="date" label={t('cycles.sheetDeadline')} />
          <FormTextField control={form.control} name="opinionDeadline" type="date" label={t('cycles.opinionDeadline')} />
        </>
      )}
    </FormDialog>
  );
}
