import { useCallback } from 'react';
import AddOutlined from '@mui/icons-material/AddOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { FIELD_MESSAGES, LIMITS, message } from '@kensho/domain';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../../../shared/components/ServerErrorAlert';
import { useLang } from '../../../shared/hooks/useLang';
import type { SheetDraftState } from '../hooks/useSheetDraft';
import { emptyItem, indicatorYears, type Draft, type DraftItem, type DraftProblem } from '../model/draft';
import { ConflictPanel } from './ConflictPanel';
import { IndicatorsEditor } from './IndicatorsEditor';
import { ItemEditor } from './ItemEditor';
import { SaveStatusBar } from './SaveStatusBar';

interface Props {
  state: SheetDraftState;
  fiscalYear: number;
}

/** Where a server path such as `content.items[2].heading` points, in words. */
export function describePath(field: string, st: TFunction<'sheets'>): string {
  const item = /items\[(\d+)\]/.exec(field);
  if (item) return st('section.item', { n: Number(item[1]) + 1 });
  const ind = /indicators\[(\d+)\]/.exec(field);
  if (ind) return st('section.indicator', { n: Number(ind[1]) + 1 });
  if (field.includes('assessment')) return st('section.assessment');
  if (field.includes('notes')) return st('section.notes');
  return field;
}

/**
 * The department's editor of a sheet: implementation items, the indicator grid, the assessment and
 * notes. Saves by itself (see useSheetDraft); on a conflict, shows both texts to merge instead.
 */
export function SheetEditor({ state, fiscalYear }: Props) {
  const { t: st } = useTranslation('sheets');
  const { lang } = useLang();
  const { draft, update, status, problem, clientProblems, savedVersion, conflict, resolve, saveNow, restored } = state;

  const problemText = useCallback(
    (p: DraftProblem): string => {
      const years = indicatorYears(fiscalYear);
      switch (p.message) {
        case 'notANumber':
          return FIELD_MESSAGES.isNumber![lang];
        case 'yearOutOfRange':
          return message('UNKNOWN_YEAR', lang, { min: years.min, max: years.max });
        default:
          return st(`editor.${p.message}`);
      }
    },
    [fiscalYear, lang, st],
  );
  const errorAt = (path: string) => {
    const p = clientProblems.find((x) => x.path === path);
    return p ? problemText(p) : undefined;
  };

  const changeItem = useCallback(
    (key: string, change: (item: DraftItem) => DraftItem) => update((d) => ({ ...d, items: d.items.map((i) => (i.key === key ? change(i) : i)) })),
    [update],
  );
  const moveItem = useCallback(
    (key: string, by: -1 | 1) =>
      update((d) => {
        const from = d.items.findIndex((i) => i.key === key);
        const to = from + by;
        if (from < 0 || to < 0 || to >= d.items.length) return d;
        const items = [...d.items];
        [items[from], items[to]] = [items[to]!, items[from]!];
        return { ...d, items };
      }),
    [update],
  );
  const removeItem = useCallback((key: string) => update((d) => ({ ...d, items: d.items.filter((i) => i.key !== key) })), [update]);
  const setText = (field: 'assessment' | 'notes', value: string) => update((d: Draft) => ({ ...d, [field]: value }));

  if (conflict) return <ConflictPanel conflict={conflict} onResolve={resolve} />;

  return (
    <Box data-testid="sheet-editor">
      <SaveStatusBar status={status} version={savedVersion} onSaveNow={saveNow} />
      {restored && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {st('editor.restored')}
        </Alert>
      )}
      {problem && (
        <ServerErrorAlert
          problem={{
            ...problem,
            fields: problem.fields.map((f) => ({ field: f.field, message: st('editor.problemsIn', { where: describePath(f.field, st), message: f.message }) })),
          }}
        />
      )}

      <Paper component="section" aria-labelledby="items-title" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h3" component="h2" id="items-title">
          {st('editor.items')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
          {st('editor.itemsHelp')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {draft.items.length === 0 && (
            <Typography variant="body2" color="text.secondary">
              {st('editor.noItems')}
            </Typography>
          )}
          {draft.items.map((item, i) => (
            <ItemEditor
              key={item.key}
              item={item}
              index={i}
              count={draft.items.length}
              headingError={errorAt(`items.${i}.heading`)}
              onChange={changeItem}
              onMove={moveItem}
              onRemove={removeItem}
            />
          ))}
        </Box>
        <Button
          variant="outlined"
          startIcon={<AddOutlined />}
          sx={{ mt: 1.5 }}
          onClick={() => update((d) => ({ ...d, items: [...d.items, emptyItem()] }))}
          disabled={draft.items.length >= LIMITS.items}
        >
          {st('editor.addItem')}
        </Button>
      </Paper>

      <Paper component="section" aria-labelledby="indicators-title" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h3" component="h2" id="indicators-title" sx={{ mb: 0.5 }}>
          {st('editor.indicators')}
        </Typography>
        <IndicatorsEditor indicators={draft.indicators} fiscalYear={fiscalYear} errorAt={errorAt} update={update} />
      </Paper>

      <Paper component="section" aria-labelledby="assessment-title" sx={{ p: 2, mb: 2 }}>
        <Typography variant="h3" component="h2" id="assessment-title" sx={{ mb: 1.5 }}>
          {st('editor.assessment')}
        </Typography>
        <Box sx={{ display: 'grid', gap: 2 }}>
          <TextField
            label={st('editor.assessment')}
            helperText={st('editor.assessmentHelp')}
            value={draft.assessment}
            onChange={(e) => setText('assessment', e.target.value)}
            multiline
            minRows={4}
            slotProps={{ htmlInput: { maxLength: LIMITS.longText } }}
          />
          <TextField
            label={st('editor.notes')}
            value={draft.notes}
            onChange={(e) => setText('notes', e.target.value)}
            multiline
            minRows={2}
            slotProps={{ htmlInput: { maxLength: LIMITS.longText } }}
          />
        </Box>
      </Paper>
    </Box>
  );
}
