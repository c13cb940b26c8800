import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import { OPINION_KINDS, type OpinionKind } from '@kensho/domain';
import type { Conflict, SaveStatus } from '../../../shared/hooks/autosaveDraft';
import { useAutosaveDraft } from '../../../shared/hooks/useAutosaveDraft';
import { UpdateMemberOpinionMutation } from '../graphql/opinions';
import { draftKey } from '../model/storage';

/** How long the editor waits after the last keystroke before it saves. */
export const AUTOSAVE_DELAY_MS = 1000;

export type DraftStatus = SaveStatus;

export interface DraftValue {
  kind: OpinionKind;
  text: string;
}

export interface OpinionLike extends DraftValue {
  id: string;
  version: number;
  canEdit: boolean;
}

/** Someone saved this opinion after the version the editor started from (another tab, another device). */
export type DraftConflict = Conflict<DraftValue>;

export const isDraftValue = (v: unknown): v is DraftValue => {
  const s = v as DraftValue | null;
  return !!s && typeof s.text === 'string' && (OPINION_KINDS as readonly string[]).includes(s.kind);
};

export const sameValue = (a: DraftValue, b: DraftValue) => a.kind === b.kind && a.text === b.text;

const valueOf = (o: OpinionLike): DraftValue => ({ kind: o.kind, text: o.text });

interface Options {
  opinion: OpinionLike;
  /** Reads the opinion again from the server (after a refusal); null when it is gone. */
  reload: () => Promise<OpinionLike | null>;
}

/**
 * A member's draft opinion, autosaved (see useAutosaveDraft) and kept in the browser under the
 * opinion's id; what never reached the server before it was locked is shown by the read-only card.
 */
export function useOpinionDraft({ opinion, reload }: Options) {
  const [updateOpinion] = useMutation(UpdateMemberOpinionMutation);
  const id = opinion.id;
  const state = useAutosaveDraft<DraftValue>({
    storageKey: draftKey(id),
    server: { version: opinion.version, value: valueOf(opinion), meta: {} },
    same: sameValue,
    sendable: (v) => !!v.text.trim(),
    isValue: isDraftValue,
    save: async (v, version) => {
      const { data } = await updateOpinion({ variables: { input: { id, version, kind: v.kind, text: v.text } } });
      return data?.updateMemberOpinion.version ?? version + 1;
    },
    loadLatest: async () => {
      const latest = await reload();
      return latest && { version: latest.version, value: valueOf(latest), editable: latest.canEdit, meta: {} };
    },
    delayMs: AUTOSAVE_DELAY_MS,
  });
  const { value, update: change, status, problem, conflict, resolve, flush: save, pause, resume, forget, restored, saveNow } = state;

  /** Changes the text or kind. */
  const update = useCallback((patch: Partial<DraftValue>) => change((v) => ({ ...v, ...patch })), [change]);

  /** Saves now (before submitting); the version that holds everything typed, or null (the status says why). */
  const flush = useCallback(async (): Promise<number | null> => {
    const { ok, version } = await save();
    return ok ? version : null;
  }, [save]);

  return { value, update, status, problem, conflict, resolve, flush, pause, resume, forget, restored, saveNow };
}

export type OpinionDraftState = ReturnType<typeof useOpinionDraft>;
