import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../shared/components/FormDialog';
import { useNotify } from '../../../shared/components/Notifier';
import { useServerErrors } from '../../../shared/hooks/useServerErrors';
import { SetSheetTagsMutation } from '../graphql/sheets';

interface Tag {
  id: string;
  mark: string;
  label: string;
  legend: string;
}

interface Props {
  sheet: { id: string; version: number; tags: readonly Tag[] };
  cycleTags: readonly Tag[];
  /** The secretariat sets the tags (setSheetTags); others see them. */
  canSet: boolean;
  onReload: () => void;
}

/** The secretariat's marks on a sheet (※ 新型コロナ …), with their legends. */
export function SheetTags({ sheet, cycleTags, canSet, onReload }: Props) {
  const { t: st } = useTranslation('sheets');
  const [open, setOpen] = useState(false);
  if (!canSet && sheet.tags.length === 0) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }} data-testid="sheet-tags">
      <Typography variant="body2" color="text.secondary">
        {st('tags.title')}:
      </Typography>
      {sheet.tags.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {st('tags.none')}
        </Typography>
      )}
      {sheet.tags.map((t) => (
        <Chip key={t.id} variant="outlined" color="secondary" label={`${t.mark} ${t.label}`} title={t.legend} />
      ))}
      {canSet && (
        <Button size="small" startIcon={<LocalOfferOutlined />} onClick={() => setOpen(true)}>
          {st('tags.edit')}
        </Button>
      )}
      {open && <TagsDialog sheet={sheet} cycleTags={cycleTags} onClose={() => setOpen(false)} onReload={onReload} />}
    </Box>
  );
}

function TagsDialog({ sheet, cycleTags, onClose, onReload }: Omit<Props, 'canSet'> & { onClose: () => void }) {
  const { t: st } = useTranslation('sheets');
  const notify = useNotify();
  const [selected, setSelected] = useState<Set<string>>(() => new Set(sheet.tags.map((t) => t.id)));
  const { problem, handle, clear } = useServerErrors();
  const [save, { loading }] = useMutation(SetSheetTagsMutation);
  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <FormDialog
      open
      title={st('tags.dialogTitle')}
      onClose={onClose}
      submitting={loading}
      problem={problem}
      onReload={() => {
        onReload();
        clear();
      }}
      onSubmit={async (e) => {
        e.preventDefault();
        clear();
        try {
          await save({ variables: { input: { id: sheet.id, version: sheet.version, tagIds: [...selected] } } });
          notify(st('tags.saved'));
          onClose();
        } catch (err) {
          handle(err);
        }
      }}
    >
      {cycleTags.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {st('tags.noCycleTags')}
        </Typography>
      ) : (
        cycleTags.map((t) => (
          <Box key={t.id}>
            <FormControlLabel
              control={<Checkbox checked={selected.has(t.id)} onChange={() => toggle(t.id)} />}
              label={
                <span>
                  <strong>{t.mark}</strong> {t.label}
                </span>
              }
            />
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', ml: 4, mt: -0.5 }}>
              {st('tags.legend')}: {t.legend}
            </Typography>
          </Box>
        ))
      )}
    </FormDialog>
  );
}
