import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import type { SheetEvent, SheetState } from '@kensho/domain';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { TransitionDialog, WorkflowActions, type WorkflowAction } from '../../../shared/workflow';
import { useSheetTransition } from '../hooks/useSheetTransition';
import { sheetWorkflow } from '../workflow';

interface Props {
  sheet: { id: string; version: number; project: { name: string }; availableActions: readonly WorkflowAction<SheetEvent, SheetState>[] };
  /** Reads the sheet again (offered on CONFLICT); returns its latest version. */
  onReload: () => Promise<{ version: number } | null | undefined>;
  /** Runs first (the editor saves what is still unsaved); returns the version to act on, or null to stop. */
  prepare?: () => Promise<number | null>;
  /** Compact: buttons only (the review queue's rows). */
  compact?: boolean;
}

const TEXTS: Record<SheetEvent, { title: ParseKeys<'sheets'>; confirm: ParseKeys<'sheets'> }> = {
  SUBMIT: { title: 'transition.submitTitle', confirm: 'transition.submitConfirm' },
  ACCEPT: { title: 'transition.acceptTitle', confirm: 'transition.acceptConfirm' },
  RETURN: { title: 'transition.returnTitle', confirm: 'transition.returnConfirm' },
  REOPEN: { title: 'transition.reopenTitle', confirm: 'transition.reopenConfirm' },
};

/** A sheet's workflow buttons (what the server offers) and the dialog that confirms each. */
export function SheetActions({ sheet, onReload, prepare, compact = false }: Props) {
  const { t: st } = useTranslation('sheets');
  const { run } = useSheetTransition();
  return (
    <WorkflowActions
      config={sheetWorkflow}
      actions={sheet.availableActions}
      compact={compact}
      testId="sheet-actions"
      dialog={({ action }, close) => {
        const before = action.event === 'SUBMIT' ? prepare : undefined;
        return (
          <TransitionDialog
            config={sheetWorkflow}
            action={action}
            record={sheet}
            title={st(TEXTS[action.event].title)}
            fire={({ id, version, comment }) => run(action.event, { id, version, comment })}
            onReload={onReload}
            onClose={close}
            prepare={before}
          >
            <Typography sx={{ fontWeight: 700 }}>{sheet.project.name}</Typography>
            <Typography variant="body2">{st(TEXTS[action.event].confirm)}</Typography>
            {before && (
              <Alert severity="info" variant="outlined">
                {st('transition.saveFirst')}
              </Alert>
            )}
          </TransitionDialog>
        );
      }}
    />
  );
}
