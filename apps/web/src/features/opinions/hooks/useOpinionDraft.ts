import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { OpinionKind } from '@kensho/domain';
import { toServerProblem, type ServerProblem } from '../../../shared/errors';
import { clearStored, readStored, writeStored } from '../../../shared/storage';
import { UpdateMemberOpinionMutation } from '../graphql/opinions';
import { draftKey } from '../model/storage';

/** How long the editor waits after the last keystroke before it saves. */
export const AUTOSAVE_DELAY_MS = 1000;
const RETRY_DELAYS_MS = [3000, 6000, 12000, 30000];

export type DraftStatus = 'saved' | 'dirty' | 'saving' | 'offline' | 'invalid' | 'error' | 'conflict' | 'locked';

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
export interface DraftConflict {
  theirs: DraftValue;
  theirsVersion: number;
  mine: DraftValue;
}

/** What the browser keeps until the server has it: the text and the version it was typed on. */
export interface StoredDraft {
  baseVersion: number;
  base: DraftValue;
  value: DraftValue;
}

export const isStoredDraft = (v: unknown): v is StoredDraft => {
  const s = v as StoredDraft | null;
  return !!s && typeof s.baseVersion === 'number' && typeof s.value?.text === 'string' && typeof s.base?.text === 'string';
};

export const sameValue = (a: DraftValue, b: DraftValue) => a.kind === b.kind && a.text === b.text;

interface Initial {
  value: DraftValue;
  base: { version: number; value: DraftValue };
  status: DraftStatus;
  conflict: DraftConflict | null;
  restored: boolean;
}

/** The server's text, or what this browser kept of an unsaved edit (restored, or as a conflict). */
function initial(opinion: OpinionLike): Initial {
  const server = { kind: opinion.kind, text: opinion.text };
  const plain: Initial = { value: server, base: { version: opinion.version, value: server }, status: 'saved', conflict: null, restored: false };
  const stored = readStored(draftKey(opinion.id), isStoredDraft);
  if (!stored || sameValue(stored.value, server) || sameValue(stored.value, stored.base)) {
    if (stored) clearStored(draftKey(opinion.id));
    return plain;
  }
  if (stored.baseVersion === opinion.version) return { ...plain, value: stored.value, status: 'dirty', restored: true };
  // the server moved on while this text waited: the user chooses
  return {
    value: stored.value,
    base: { version: stored.baseVersion, value: stored.base },
    status: 'conflict',
    restored: true,
    conflict: { theirs: server, theirsVersion: opinion.version, mine: stored.value },
  };
}

interface Options {
  opinion: OpinionLike;
  /** Reads the opinion again from the server (after a CONFLICT); null when it is gone. */
  reload: () => Promise<OpinionLike | null>;
}

/**
 * A member's draft opinion: saved automatically a moment after the user stops typing, always with the
 * version it was typed on. Until the server has it, the text is kept in localStorage, so a reload or a
 * lost connection loses nothing. On CONFLICT (saved elsewhere first) the latest version is loaded and
 * both texts are handed to the user; nothing is overwritten silently.
 */
export function useOpinionDraft({ opinion, reload }: Options) {
  const [updateOpinion] = useMutation(UpdateMemberOpinionMutation);
  const [init] = useState(() => initial(opinion));
  const [value, setValueState] = useState<DraftValue>(init.value);
  const [status, setStatus] = useState<DraftStatus>(init.status);
  const [conflict, setConflict] = useState<DraftConflict | null>(init.conflict);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [restored, setRestored] = useState(init.restored);

  const id = opinion.id;
  const valueRef = useRef(init.value);
  const baseRef = useRef(init.base);
  const conflictRef = useRef(init.conflict);
  /** Saving stopped: the opinion is being deleted or submitted, or can no longer be edited. */
  const stoppedRef = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<boolean> | null>(null);
  const retries = useRef(0);
  const runSaveRef = useRef<() => Promise<boolean>>(async () => false);
  const reloadRef = useRef(reload);
  reloadRef.current = reload;

  const persist = useCallback(() => {
    writeStored(draftKey(id), { baseVersion: baseRef.current.version, base: baseRef.current.value, value: valueRef.current } satisfies StoredDraft);
  }, [id]);

  const cancelTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };

  const schedule = useCallback((delay: number) => {
    cancelTimer();
    timer.current = setTimeout(() => {
      timer.current = null;
      void runSaveRef.current();
    }, delay);
  }, []);

  /** After a refusal: the latest version, then save again (only the version moved), or ask the user. */
  const enterConflict = useCallback(async (): Promise<void> => {
    try {
      const latest = await reloadRef.current();
      if (!latest || !latest.canEdit) {
        // deleted or submitted meanwhile: the typed text stays in the browser (the read-only card shows it)
        stoppedRef.current = true;
        persist();
        setStatus('locked');
        return;
      }
      const theirs = { kind: latest.kind, text: latest.text };
      if (sameValue(theirs, baseRef.current.value) || sameValue(theirs, valueRef.current)) {
        baseRef.current = { version: latest.version, value: theirs };
        void runSaveRef.current();
        return;
      }
      const c: DraftConflict = { theirs, theirsVersion: latest.version, mine: valueRef.current };
      conflictRef.current = c;
      setConflict(c);
      setStatus('conflict');
      persist();
    } catch (e) {
      const p = toServerProblem(e);
      setStatus(p.code === 'NETWORK' ? 'offline' : 'error');
      if (p.code !== 'NETWORK') setProblem(p);
    }
  }, [persist]);

  const runSave = async (): Promise<boolean> => {
    if (conflictRef.current || stoppedRef.current) return false;
    if (inflight.current) {
      await inflight.current;
      return runSaveRef.current();
    }
    cancelTimer();
    const sent = valueRef.current;
    if (sameValue(sent, baseRef.current.value)) {
      setStatus('saved');
      setProblem(null);
      clearStored(draftKey(id));
      return true;
    }
    if (!sent.text.trim()) {
      setStatus('invalid');
      return false;
    }
    setStatus('saving');
    const attempt = (async () => {
      try {
        const { data } = await updateOpinion({ variables: { input: { id, version: baseRef.current.version, kind: sent.kind, text: sent.text } } });
        baseRef.current = { version: data?.updateMemberOpinion.version ?? baseRef.current.version + 1, value: sent };
        retries.current = 0;
        setProblem(null);
        if (sameValue(valueRef.current, sent)) {
          setStatus('saved');
          clearStored(draftKey(id));
        } else {
          setStatus('dirty');
          persist();
          schedule(AUTOSAVE_DELAY_MS);
        }
        return true;
      } catch (e) {
        const p = toServerProblem(e);
        if (p.code === 'NETWORK') {
          setStatus('offline');
          persist();
          const delay = RETRY_DELAYS_MS[Math.min(retries.current, RETRY_DELAYS_MS.length - 1)]!;
          retries.current += 1;
          schedule(delay);
        } else if (p.code === 'CONFLICT' || p.code === 'INVALID_TRANSITION' || p.code === 'NOT_FOUND') {
          await enterConflict();
        } else {
          setStatus('error');
          setProblem(p);
          persist();
        }
        return false;
      }
    })();
    inflight.current = attempt;
    try {
      return await attempt;
    } finally {
      inflight.current = null;
    }
  };
  runSaveRef.current = runSave;

  /** Changes the text or kind; kept in the browser at once, sent after a pause in typing. */
  const update = useCallback(
    (patch: Partial<DraftValue>) => {
      const next = { ...valueRef.current, ...patch };
      valueRef.current = next;
      setValueState(next);
      setRestored(false);
      if (conflictRef.current || stoppedRef.current) return;
      persist();
      setStatus((s) => (s === 'saving' ? s : 'dirty'));
      schedule(AUTOSAVE_DELAY_MS);
    },
    [persist, schedule],
  );

  /** Saves now (before submitting); the version that holds everything typed, or null (the status says why). */
  const flush = useCallback(async (): Promise<number | null> => {
    cancelTimer();
    const ok = await runSaveRef.current();
    return ok && sameValue(valueRef.current, baseRef.current.value) ? baseRef.current.version : null;
  }, []);

  /** Stops saving (before a delete); the version the server has. `resume` undoes it if the delete fails. */
  const pause = useCallback(async (): Promise<number> => {
    cancelTimer();
    stoppedRef.current = true;
    if (inflight.current) await inflight.current;
    return baseRef.current.version;
  }, []);
  const resume = useCallback(() => {
    stoppedRef.current = false;
    if (!sameValue(valueRef.current, baseRef.current.value)) schedule(0);
  }, [schedule]);

  /** The opinion was deleted or submitted: forget the browser's copy. */
  const forget = useCallback(() => {
    cancelTimer();
    stoppedRef.current = true;
    clearStored(draftKey(id));
  }, [id]);

  /** The user's choice after a conflict, saved on top of the latest version. */
  const resolve = useCallback(
    (chosen: DraftValue) => {
      const c = conflictRef.current;
      if (!c) return;
      baseRef.current = { version: c.theirsVersion, value: c.theirs };
      conflictRef.current = null;
      setConflict(null);
      valueRef.current = chosen;
      setValueState(chosen);
      setRestored(false);
      if (sameValue(chosen, c.theirs)) {
        setStatus('saved');
        clearStored(draftKey(id));
      } else {
        persist();
        void runSaveRef.current();
      }
    },
    [id, persist],
  );

  // a restored draft is sent as soon as the editor opens
  useEffect(() => {
    if (init.status === 'dirty') schedule(0);
  }, [init.status, schedule]);

  // back online: send what is waiting
  useEffect(() => {
    const online = () => {
      if (timer.current) {
        retries.current = 0;
        schedule(0);
      }
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [schedule]);

  // leaving the page: send what is still waiting (the browser keeps it should that fail)
  useEffect(
    () => () => {
      if (timer.current) {
        cancelTimer();
        void runSaveRef.current();
      }
    },
    [],
  );

  return { value, update, status, problem, conflict, resolve, flush, pause, resume, forget, restored, saveNow: () => void runSaveRef.current() };
}

export type OpinionDraftState = ReturnType<typeof useOpinionDraft>;
