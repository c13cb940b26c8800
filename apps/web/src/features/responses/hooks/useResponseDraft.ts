import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { RESPONSE_CATEGORIES, RESPONSE_CATEGORIES_WITH_REASON, type ResponseCategory } from '@kensho/domain';
import { useAutosaveDraft } from '../../../shared/hooks/useAutosaveDraft';
import { UpdateResponseMutation } from '../graphql/responses';

/** How long the editor waits after the last keystroke before it saves. */
const AUTOSAVE_DELAY_MS = 1000;

export interface ResponseDraft {
  text: string;
  category: ResponseCategory | '';
  difficultyReason: string;
  dueDate: string;
}

export interface DraftableResponse {
  id: string;
  version: number;
  text: string;
  category?: ResponseCategory | null;
  difficultyReason?: string | null;
  dueDate?: string | null;
  tags: ReadonlyArray<{ id: string }>;
  councilOpinions: ReadonlyArray<{ id: string }>;
  permissions: { canEdit: boolean };
}

const valueOf = (r: DraftableResponse): ResponseDraft => ({
  text: r.text,
  category: r.category ?? '',
  difficultyReason: r.difficultyReason ?? '',
  dueDate: r.dueDate ?? '',
});
const same = (a: ResponseDraft, b: ResponseDraft) => a.text === b.text && a.category === b.category && a.difficultyReason === b.difficultyReason && a.dueDate === b.dueDate;
const isDraft = (v: unknown): v is ResponseDraft => {
  const d = v as ResponseDraft | null;
  return !!d && typeof d.text === 'string' && typeof d.difficultyReason === 'string' && typeof d.dueDate === 'string' && (d.category === '' || (RESPONSE_CATEGORIES as readonly string[]).includes(d.category));
};
/** What the server would take: a text, a category, and the reason of a difficult one. */
const sendable = (d: ResponseDraft) => !!d.text.trim() && d.category !== '' && (!RESPONSE_CATEGORIES_WITH_REASON.includes(d.category) || !!d.difficultyReason.trim());

/**
 * A response being drafted or revised by its department, saved a moment after typing stops (the one
 * autosave mechanism, `useAutosaveDraft`), always on the version it was typed on; kept in the browser
 * until the server has it.
 */
export function useResponseDraft(response: DraftableResponse, reload: () => Promise<DraftableResponse | undefined>) {
  const [update] = useMutation(UpdateResponseMutation);
  const id = response.id;
  const state = useAutosaveDraft<ResponseDraft>({
    storageKey: `kensho.responseDraft.${id}`,
    server: { version: response.version, value: valueOf(response), meta: {} },
    same,
    sendable,
    isValue: isDraft,
    save: async (d, version) => {
      const input = {
        id,
        version,
        text: d.text.trim(),
        category: d.category as ResponseCategory,
        difficultyReason: RESPONSE_CATEGORIES_WITH_REASON.includes(d.category as ResponseCategory) ? d.difficultyReason.trim() : null,
        dueDate: d.dueDate || null,
        councilOpinionIds: response.councilOpinions.map((o) => o.id),
        tagIds: response.tags.map((t) => t.id),
      };
      const { data } = await update({ variables: { input } });
      return data?.updateResponse.version ?? version + 1;
    },
    loadLatest: async () => {
      const latest = await reload();
      return latest ? { version: latest.version, value: valueOf(latest), editable: latest.permissions.canEdit, meta: {} } : null;
    },
    enabled: response.permissions.canEdit,
    delayMs: AUTOSAVE_DELAY_MS,
  });
  const { value, update: change, status, problem, conflict, resolve, prepareTransition, saveNow } = state;
  const set = useCallback((patch: Partial<ResponseDraft>) => change((v) => ({ ...v, ...patch })), [change]);
  return { value, set, status, problem, conflict, resolve, prepareTransition, saveNow };
}

export type ResponseDraftState = ReturnType<typeof useResponseDraft>;
