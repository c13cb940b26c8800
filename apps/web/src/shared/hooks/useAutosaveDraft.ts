import { useCallback, useEffect, useRef, useState } from 'react';
import { toServerProblem, type ServerProblem } from '../errors';
import { clearStored, writeStored } from '../storage';
import { initialDraft, readStoredDraft, type Conflict, type Latest, type NoMeta, type SaveStatus, type Snapshot, type StoredDraft } from './autosaveDraft';

const RETRY_DELAYS_MS = [3000, 6000, 12000, 30000];
/** Refusals that may only mean the record changed meanwhile: read it again before deciding. */
const RELOAD_ON: ReadonlySet<string> = new Set(['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND']);

export interface AutosaveOptions<T, M> {
  /** Where the browser keeps the unsaved value; changing it loses what browsers kept. */
  storageKey: string;
  /** The record when the editor opens; read once (remount the editor to start again from the server). */
  server: Snapshot<T, M>;
  /** Two values say the same thing: nothing to send. */
  same: (a: T, b: T) => boolean;
  /** The value may be sent; otherwise autosave waits (status 'invalid') and the editor shows why. */
  sendable: (value: T) => boolean;
  /** A sound value, as read back from the browser. */
  isValue: (v: unknown) => v is T;
  /** Saves the value on top of `version`; the new version. */
  save: (value: T, version: number) => Promise<number>;
  /** The record read again from the server; null when it is gone. */
  loadLatest: () => Promise<Latest<T, M> | null>;
  /** Off while the record may not be edited: nothing restored, kept or sent. */
  enabled?: boolean;
  /** How long the editor waits after the last change before it saves. */
  delayMs: number;
}

/**
 * An editor's value, saved automatically a moment after the user stops typing, always with the version
 * it was typed on. Until the server has it, the value is kept in localStorage, so a reload or a lost
 * connection loses nothing. A refusal reads the record again: when only its version moved the value is
 * saved on top of it, when its value changed both are handed to the user (`conflict`, `resolve`), and
 * when it can no longer be edited saving stops ('locked'). Nothing is overwritten silently.
 */
export function useAutosaveDraft<T, M = NoMeta>(options: AutosaveOptions<T, M>) {
  const key = options.storageKey;
  /** The latest options, for timers and callbacks made before them. */
  const opts = useRef(options);
  opts.current = options;
  const [init] = useState(() => {
    const stored = options.enabled === false ? null : readStoredDraft(key, options.isValue);
    const start = initialDraft(options.server, stored, options.same);
    if (stored && !start.restored) clearStored(key);
    return start;
  });
  const [value, setValueState] = useState<T>(init.value);
  const [status, setStatus] = useState<SaveStatus>(init.status);
  const [conflict, setConflict] = useState<Conflict<T, M> | null>(init.conflict);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [savedVersion, setSavedVersion] = useState(init.base.version);
  const [restored, setRestored] = useState(init.restored);

  const valueRef = useRef(init.value);
  const baseRef = useRef(init.base);
  const conflictRef = useRef(init.conflict);
  /** Saving stopped: the record is being deleted or submitted, or can no longer be edited. */
  const stoppedRef = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<boolean> | null>(null);
  const retries = useRef(0);
  const runSaveRef = useRef<() => Promise<boolean>>(async () => false);
  const holding = () => opts.current.enabled === false || stoppedRef.current || !!conflictRef.current;

  const persist = useCallback(() => {
    writeStored(key, { baseVersion: baseRef.current.version, base: baseRef.current.value, value: valueRef.current, at: Date.now() } satisfies StoredDraft<T>);
  }, [key]);

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

  /** The server cannot be reached: try again later, waiting longer each time (or when back online). */
  const retryLater = useCallback(() => {
    setStatus('offline');
    persist();
    schedule(RETRY_DELAYS_MS[Math.min(retries.current, RETRY_DELAYS_MS.length - 1)]!);
    retries.current += 1;
  }, [persist, schedule]);

  /** After a refusal: the latest version, then save on top of it (only its version moved), or ask the user. */
  const reloadAndDecide = useCallback(
    async (refusal: ServerProblem): Promise<void> => {
      try {
        const latest = await opts.current.loadLatest();
        if (!latest || !latest.editable) {
          // deleted or submitted meanwhile: the typed value stays in the browser, the status says why
          stoppedRef.current = true;
          persist();
          setProblem(null);
          setStatus('locked');
          return;
        }
        const { same } = opts.current;
        if (latest.version === baseRef.current.version) {
          // nothing moved, so the refusal was not about the version: trying again would only repeat it
          setStatus('error');
          setProblem(refusal);
          persist();
          return;
        }
        if (same(latest.value, baseRef.current.value) || same(latest.value, valueRef.current)) {
          baseRef.current = { version: latest.version, value: latest.value };
          persist();
          void runSaveRef.current();
          return;
        }
        const c: Conflict<T, M> = { ...latest.meta, base: baseRef.current.value, theirs: latest.value, theirsVersion: latest.version, mine: valueRef.current };
        conflictRef.current = c;
        setConflict(c);
        setStatus('conflict');
        persist();
      } catch (e) {
        const p = toServerProblem(e);
        if (p.code === 'NETWORK') retryLater();
        else {
          setStatus('error');
          setProblem(p);
          persist();
        }
      }
    },
    [persist, retryLater],
  );

  const runSave = async (): Promise<boolean> => {
    if (holding()) return false;
    if (inflight.current) {
      await inflight.current;
      return runSaveRef.current();
    }
    cancelTimer();
    const { same, sendable, save } = opts.current;
    const sent = valueRef.current;
    if (same(sent, baseRef.current.value)) {
      setStatus('saved');
      setProblem(null);
      clearStored(key);
      return true;
    }
    if (!sendable(sent)) {
      setStatus('invalid');
      return false;
    }
    setStatus('saving');
    const attempt = (async () => {
      try {
        const version = await save(sent, baseRef.current.version);
        baseRef.current = { version, value: sent };
        retries.current = 0;
        setSavedVersion(version);
        setProblem(null);
        if (same(valueRef.current, sent)) {
          setStatus('saved');
          clearStored(key);
        } else {
          setStatus('dirty');
          persist();
          schedule(opts.current.delayMs);
        }
        return true;
      } catch (e) {
        const p = toServerProblem(e);
        if (p.code === 'NETWORK') retryLater();
        else if (RELOAD_ON.has(p.code)) await reloadAndDecide(p);
        else {
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

  /** Changes the value; it is kept in the browser at once and sent after a pause in typing. */
  const update = useCallback(
    (change: (v: T) => T) => {
      const next = change(valueRef.current);
      valueRef.current = next;
      setValueState(next);
      setRestored(false);
      if (holding()) return;
      persist();
      setStatus((s) => (s === 'saving' ? s : 'dirty'));
      schedule(opts.current.delayMs);
    },
    [persist, schedule],
  );

  /** Saves now (before submitting); `ok` when the server has everything typed, as `version`. */
  const flush = useCallback(async (): Promise<{ ok: boolean; version: number }> => {
    cancelTimer();
    const ok = await runSaveRef.current();
    return { ok: ok && opts.current.same(valueRef.current, baseRef.current.value), version: baseRef.current.version };
  }, []);

  /**
   * Before a workflow event (submit): everything typed is saved, and the version to act on is the
   * server's latest when only its version moved (tags, say) and not its value; null when not saved.
   */
  const prepareTransition = useCallback(async (): Promise<number | null> => {
    const { ok, version } = await flush();
    if (!ok) return null;
    try {
      const latest = await opts.current.loadLatest();
      if (latest && latest.version !== version && opts.current.same(latest.value, baseRef.current.value)) {
        baseRef.current = { version: latest.version, value: baseRef.current.value };
        return latest.version;
      }
    } catch {
      // the event itself will say what is wrong
    }
    return version;
  }, [flush]);

  /** Stops saving (before a delete); the version the server has. `resume` undoes it if the delete fails. */
  const pause = useCallback(async (): Promise<number> => {
    cancelTimer();
    stoppedRef.current = true;
    if (inflight.current) await inflight.current;
    return baseRef.current.version;
  }, []);
  const resume = useCallback(() => {
    stoppedRef.current = false;
    if (!opts.current.same(valueRef.current, baseRef.current.value)) schedule(0);
  }, [schedule]);

  /** The record was deleted or submitted: forget the browser's copy. */
  const forget = useCallback(() => {
    cancelTimer();
    stoppedRef.current = true;
    clearStored(key);
  }, [key]);

  /** The user's choice after a conflict (theirs, mine or a merge), saved on top of the latest version. */
  const resolve = useCallback(
    (chosen: T) => {
      const c = conflictRef.current;
      if (!c) return;
      baseRef.current = { version: c.theirsVersion, value: c.theirs };
      conflictRef.current = null;
      setConflict(null);
      valueRef.current = chosen;
      setValueState(chosen);
      setRestored(false);
      setSavedVersion(c.theirsVersion);
      persist();
      void runSaveRef.current();
    },
    [persist],
  );

  const saveNow = useCallback(() => void runSaveRef.current(), []);

  // a restored value is sent as soon as the editor opens
  useEffect(() => {
    if (init.status === 'dirty' && options.enabled !== false) schedule(0);
  }, [init.status, options.enabled, schedule]);

  // back online: send what is waiting
  useEffect(() => {
    const online = () => {
      if (timer.current || inflight.current) {
        retries.current = 0;
        schedule(0);
      }
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [schedule]);

  // leaving the editor: send what is still waiting (the browser keeps it should that fail)
  useEffect(
    () => () => {
      if (timer.current) {
        cancelTimer();
        void runSaveRef.current();
      }
    },
    [],
  );

  return { value, update, status, problem, conflict, resolve, flush, prepareTransition, pause, resume, forget, savedVersion, restored, saveNow };
}
