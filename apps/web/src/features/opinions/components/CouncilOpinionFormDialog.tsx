import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormLabel from '@mui/material/FormLabel';
import Typography from '@mui/material/Typography';
import { LIMITS, OPINION_KIND_LABELS } from '@kensho/domain';
import { useController, useForm, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { FormTextField } from '../../../shared/components/FormFields';
import { useNotify } from '../../../shared/components/Notifier';
import { hasErrorCode } from '../../../shared/errors';
import { useLang } from '../../../shared/hooks/useLang';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { rules } from '../../../shared/validation';
import { useConsolidationMutations, type ConsolidationCouncilOpinion, type ConsolidationMemberOpinion } from '../hooks/useConsolidation';

interface Tag {
  id: string;
  mark: string;
  label: string;
  legend: string;
}

export type FormMode = { kind: 'create'; memberOpinionIds: string[] } | { kind: 'blank' } | { kind: 'edit'; opinion: ConsolidationCouncilOpinion };

interface Props {
  mode: FormMode;
  projectId: string;
  /** The entry's member opinions (the possible sources). */
  memberOpinions: readonly ConsolidationMemberOpinion[];
  tags: readonly Tag[];
  /** Reads the opinion again (after a CONFLICT). */
  reloadOpinion: (id: string) => Promise<ConsolidationCouncilOpinion | null>;
  onClose: () => void;
}

interface Values {
  text: string;
  tagIds: string[];
  memberOpinionIds: string[];
}

function initialValues(mode: FormMode, memberOpinions: readonly ConsolidationMemberOpinion[]): Values {
  if (mode.kind === 'edit') {
    return { text: mode.opinion.text, tagIds: mode.opinion.tags.map((t) => t.id), memberOpinionIds: mode.opinion.sources.map((s) => s.id) };
  }
  if (mode.kind === 'blank') return { text: '', tagIds: [], memberOpinionIds: [] };
  // the texts of the selected opinions, in the order they are listed, as the server would join them
  const ids = memberOpinions.filter((o) => mode.memberOpinionIds.includes(o.id)).map((o) => o.id);
  return { text: ids.map((id) => memberOpinions.find((o) => o.id === id)!.text).join('\n'), tagIds: [], memberOpinionIds: ids };
}

/** Create a council opinion (from selected member opinions or from scratch), or edit its wording, tags and sources. */
export function CouncilOpinionFormDialog({ mode, projectId, memberOpinions, tags, reloadOpinion, onClose }: Props) {
  const { t: ot } = useTranslation('opinions');
  const { lang } = useLang();
  const notify = useNotify();
  const form = useForm<Values>({ defaultValues: initialValues(mode, memberOpinions) });
  const { problem, handle, clear } = useServerErrors(form);
  const { create, update } = useConsolidationMutations();
  const editing = mode.kind === 'edit' ? mode.opinion : null;
  const [version, setVersion] = useState(editing?.version ?? 0);
  const [latest, setLatest] = useState<ConsolidationCouncilOpinion | null>(null);

  const submit = form.handleSubmit(async (values) => {
    clear();
    const text = values.text.trim();
    try {
      if (editing) {
        const { data } = await update({ variables: { input: { id: editing.id, version, text, tagIds: values.tagIds, memberOpinionIds: values.memberOpinionIds } } });
        notify(ot('council.saved', { mark: data?.updateCouncilOpinion.mark ?? editing.mark }));
      } else {
        const { data } = await create({ variables: { input: { projectId, text, memberOpinionIds: values.memberOpinionIds } } });
        notify(ot('council.created', { mark: data?.createCouncilOpinion.mark ?? '' }));
      }
      onClose();
    } catch (e) {
      if (editing && hasErrorCode(e, 'CONFLICT')) {
        // someone saved first: load the latest, keep what was typed, save again on top of it
        const fresh = await reloadOpinion(editing.id).catch(() => null);
        if (fresh) {
          setVersion(fresh.version);
          setLatest(fresh);
          return;
        }
      }
      handle(e);
    }
  });

  const title = editing ? ot('council.editTitle', { mark: editing.mark }) : ot('council.createTitle');
  const sources = memberOpinions.filter((o) => o.state !== 'DRAFT');
  return (
    <FormDialog
      open
      title={title}
      onClose={onClose}
      onSubmit={submit}
      submitting={form.formState.isSubmitting}
      problem={problem}
      submitLabel={editing ? undefined : ot('council.create')}
      maxWidth="md"
    >
      {latest && (
        <Alert severity="warning" role="alert" data-testid="council-conflict">
          <Typography variant="body2" sx={{ fontWeight: 700, mb: 0.5 }}>
            {ot('council.conflictKept')}
          </Typography>
          <Typography variant="caption" sx={{ fontWeight: 700 }}>
            {ot('council.latestText')}
          </Typography>
          <Box sx={{ whiteSpace: 'pre-wrap' }} data-testid="council-conflict-latest">
            {latest.text}
          </Box>
        </Alert>
      )}
      {mode.kind !== 'edit' && (
        <Typography variant="body2" color="text.secondary">
          {mode.kind === 'create' ? ot('council.createFromHelp') : ot('council.createBlankHelp')}
        </Typography>
      )}
      <FormTextField
        control={form.control}
        name="text"
        label={ot('common.text')}
        multiline
        minRows={5}
        required
        autoFocus
        maxLength={LIMITS.longText}
        rules={{ required: rules.required(lang), validate: rules.notBlank(lang), maxLength: rules.maxLength(LIMITS.longText, lang) }}
      />
      {editing && <TagChecklist control={form.control} tags={tags} />}
      <SourceChecklist control={form.control} opinions={sources} />
    </FormDialog>
  );
}

function TagChecklist({ control, tags }: { control: Control<Values>; tags: readonly Tag[] }) {
  const { t: ot } = useTranslation('opinions');
  const { field } = useController({ control, name: 'tagIds' });
  const value = field.value;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <FormLabel component="legend" sx={{ fontWeight: 700, fontSize: '0.85rem' }}>
        {ot('council.tags')}
      </FormLabel>
      {tags.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {ot('council.tagsNone')}
        </Typography>
      ) : (
        <FormGroup>
          {tags.map((t) => (
            <FormControlLabel
              key={t.id}
              control={
                <Checkbox
                  size="small"
                  checked={value.includes(t.id)}
                  onChange={(e) => field.onChange(e.target.checked ? [...value, t.id] : value.filter((id) => id !== t.id))}
                />
              }
              label={
                <span>
                  <Box component="span" sx={{ fontWeight: 700, color: 'secondary.main', mr: 0.5 }}>
                    {t.mark}
                  </Box>
                  {t.label}
                  <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                    {t.legend}
                  </Typography>
                </span>
              }
            />
          ))}
        </FormGroup>
      )}
    </Box>
  );
}

function SourceChecklist({ control, opinions }: { control: Control<Values>; opinions: readonly ConsolidationMemberOpinion[] }) {
  const { t: ot } = useTranslation('opinions');
  const { label } = useLang();
  const { field, fieldState } = useController({ control, name: 'memberOpinionIds' });
  const value = field.value;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
      <FormLabel component="legend" sx={{ fontWeight: 700, fontSize: '0.85rem' }}>
        {ot('council.sources')}
      </FormLabel>
      <Typography variant="caption" color="text.secondary" component="p">
        {ot('council.sourcesHelp')}
      </Typography>
      {opinions.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {ot('member.none')}
        </Typography>
      )}
      <FormGroup sx={{ maxHeight: 240, overflow: 'auto' }}>
        {opinions.map((o) => (
          <FormControlLabel
            key={o.id}
            sx={{ alignItems: 'flex-start', my: 0.25 }}
            control={
              <Checkbox
                size="small"
                sx={{ pt: 0.25 }}
                checked={value.includes(o.id)}
                onChange={(e) => field.onChange(e.target.checked ? [...value, o.id] : value.filter((id) => id !== o.id))}
              />
            }
            label={
              <Typography variant="body2">
                <Box component="span" sx={{ fontWeight: 700 }}>
                  {o.author.name}
                </Box>
                （{label(OPINION_KIND_LABELS[o.kind])}）{o.text}
              </Typography>
            }
          />
        ))}
      </FormGroup>
      {fieldState.error && (
        <Typography variant="caption" color="error">
          {fieldState.error.message}
        </Typography>
      )}
    </Box>
  );
}
