import { useMemo } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import type { Conflict as DraftConflict, Snapshot } from '../../../shared/hooks/autosaveDraft';
import { useAutosaveDraft } from '../../../shared/hooks/useAutosaveDraft';
import { SaveSheetMutation, SheetQuery } from '../graphql/sheets';
import { fromContent, indicatorYears, sameDraft, toInput, type ContentLike, type Draft, type DraftProblem } from '../model/draft';

export type { SaveStatus } from '../../../shared/hooks/autosaveDraft';

/** How long the editor waits after the last keystroke before it saves. */
export const AUTOSAVE_DELAY_MS = 1200;

export interface SheetLike {
  id: string;
  version: number;
  content: ContentLike;
  updatedAt: string;
  updatedByName?: string | null;
}

/** Who saved the version a conflict shows, and when. */
interface SavedBy {
  theirsBy: string | null;
  theirsAt: string;
}

/** Someone saved the sheet after the version this editor started from. */
export type Conflict = DraftConflict<Draft, SavedBy>;

const snapshot = (sheet: SheetLike): Snapshot<Draft, SavedBy> => ({
  version: sheet.version,
  value: fromContent(sheet.content),
  meta: { theirsBy: sheet.updatedByName ?? null, theirsAt: sheet.updatedAt },
});

const isDraft = (v: unknown): v is Draft => {
  const d = v as Draft | null;
  return !!d && Array.isArray(d.items) && Array.isArray(d.indicators) && typeof d.assessment === 'string' && typeof d.notes === 'string';
};

/**
 * The sheet editor's draft, autosaved (see useAutosaveDraft) and kept in the browser under the sheet's
 * id. A conflict is merged part by part in the ConflictPanel; `prepareTransition` comes before a submit.
 */
export function useSheetDraft({ sheet, fiscalYear, enabled }: { sheet: SheetLike; fiscalYear: number; enabled: boolean }) {
  const client = useApolloClient();
  const [saveSheet] = useMutation(SaveSheetMutation);
  const sheetId = sheet.id;
  const years = useMemo(() => indicatorYears(fiscalYear), [fiscalYear]);
  const server = useMemo(() => snapshot(sheet), [sheet]);

  const state = useAutosaveDraft<Draft, SavedBy>({
    storageKey: `kensho.sheetDraft.${sheetId}`,
    server,
    same: sameDraft,
    sendable: (d) => toInput(d, years).problems.length === 0,
    isValue: isDraft,
    save: async (d, version) => {
      const { data } = await saveSheet({ variables: { input: { id: sheetId, version, content: toInput(d, years).input } } });
      return data?.saveSheet.version ?? version + 1;
    },
    loadLatest: async () => {
      const { data } = await client.query({ query: SheetQuery, variables: { id: sheetId }, fetchPolicy: 'network-only' });
      return data?.sheet ? { ...snapshot(data.sheet), editable: data.sheet.canEdit } : null;
    },
    enabled,
    delayMs: AUTOSAVE_DELAY_MS,
  });

  const clientProblems: DraftProblem[] = useMemo(() => toInput(state.value, years).problems, [state.value, years]);
  const { value: draft, update, status, problem, savedVersion, conflict, resolve, flush, prepareTransition, restored, saveNow } = state;
  return { draft, update, status, problem, clientProblems, savedVersion, conflict, resolve, flush, prepareTransition, restored, saveNow };
}

export type SheetDraftState = ReturnType<typeof useSheetDraft>;
