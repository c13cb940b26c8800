import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { COUNCIL_OPINION_EVENT_LABELS, todayInJapan } from '@kensho/domain';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useLang } from '../../../shared/hooks/useLang';
import { useDialogSubmit } from '../../../shared/components/useDialogSubmit';
import { rules } from '../../../shared/validation';
import { useConsolidationMutations, type ConsolidationCouncilOpinion } from '../hooks/useConsolidation';

interface Values {
  confirmedOn: string;
  confirmedBy: string;
}

interface Props {
  opinions: readonly ConsolidationCouncilOpinion[];
  /** The reference of the last confirmation seen in the cycle, offered again. */
  suggestedBy: string;
  onClose: () => void;
  onReload: () => void;
}

/** Confirms a set of council opinions: the date of the meeting or written deliberation, and which one it was. */
export function ConfirmOpinionsDialog({ opinions, suggestedBy, onClose, onReload }: Props) {
  const { t: ot } = useTranslation('opinions');
  const { label, lang } = useLang();
  const { confirm } = useConsolidationMutations();
  const form = useForm<Values>({ defaultValues: { confirmedOn: todayInJapan(), confirmedBy: suggestedBy } });
  const { submit, problem } = useDialogSubmit(
    form,
    async (values) => {
      const { data } = await confirm({
        variables: {
          input: {
            opinions: opinions.map((o) => ({ id: o.id, version: o.version })),
            confirmedOn: values.confirmedOn,
            confirmedBy: values.confirmedBy.trim(),
          },
        },
      });
      return ot('council.confirmedCount', { count: data?.confirmCouncilOpinions.length ?? opinions.length });
    },
    onClose,
  );

  return (
    <FormDialog
      open
      title={ot('council.confirmTitle')}
      onClose={onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
      problem={problem}
      onReload={() => {
        onReload();
        onClose();
      }}
      submitLabel={label(COUNCIL_OPINION_EVENT_LABELS.CONFIRM)}
    >
      <Typography variant="body2" color="text.secondary">
        {ot('council.confirmHelp')}
      </Typography>
      <Box>
        <Typography variant="caption" sx={{ fontWeight: 700 }}>
          {ot('council.confirmList')}
        </Typography>
        {opinions.map((o) => (
          <Box key={o.id} sx={{ display: 'flex', gap: 1 }} data-testid="confirm-item">
            <Typography sx={{ fontWeight: 700, color: 'primary.main' }}>{o.mark}</Typography>
            <Typography variant="body2" sx={{ overflow: 'hidden', textOverflow: 'ellipsis', display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical' }}>
              {o.text}
            </Typography>
          </Box>
        ))}
      </Box>
      <FormTextField control={form.control} name="confirmedOn" type="date" label={ot('council.confirmedOn')} required rules={{ required: rules.required(lang) }} />
      <FormTextField
        control={form.control}
        name="confirmedBy"
        label={ot('council.confirmedBy')}
        required
        maxLength={300}
        helperText={ot('council.confirmedByHelp')}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(300, lang) }}
      />
    </FormDialog>
  );
}
