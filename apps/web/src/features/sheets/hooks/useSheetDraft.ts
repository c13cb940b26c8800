import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { message } from '@kensho/domain';
import { currentLang } from '../../../i18n';
import { toServerProblem, type ServerProblem } from '../../../shared/errors';
import '../graphql/cachePolicies';
import { SaveSheetMutation, SheetQuery } from '../graphql/sheets';
import { fromContent, indicatorYears, sameDraft, toInput, type ContentLike, type Draft, type DraftProblem } from '../model/draft';

/** How long the editor waits after the last keystroke before it saves. */
export const AUTOSAVE_DELAY_MS = 1200;
const RETRY_DELAYS_MS = [3000, 6000, 12000, 30000];

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'offline' | 'invalid' | 'error' | 'conflict';

export interface SheetLike {
  id: string;
  version: number;
  content: ContentLike;
  updatedAt: string;
  updatedByName?: string | null;
}

/** Someone saved the sheet after the version this editor started from. */
export interface Conflict {
  base: Draft;
  theirs: Draft;
  theirsVersion: number;
  theirsBy: string | null;
  theirsAt: string;
  mine: Draft;
}

/** What the browser keeps until the server has it: the draft and the version it was typed on. */
interface Stored {
  baseVersion: number;
  base: Draft;
  draft: Draft;
  at: number;
}

const storageKey = (sheetId: string) => `kensho.sheetDraft.${sheetId}`;

function readStored(sheetId: string): Stored | null {
  try {
    const raw = localStorage.getItem(storageKey(sheetId));
    if (!raw) return null;
    const s = JSON.parse(raw) as Stored;
    return typeof s.baseVersion === 'number' && s.draft && s.base ? s : null;
  } catch {
    return null;
  }
}
function writeStored(sheetId: string, value: Stored): void {
  try {
    localStorage.setItem(storageKey(sheetId), JSON.stringify(value));
  } catch {
    // storage full or unavailable: the draft lives in memory only
  }
}
function clearStored(sheetId: string): void {
  try {
    localStorage.removeItem(storageKey(sheetId));
  } catch {
    // nothing to clear
  }
}

interface Initial {
  draft: Draft;
  base: { version: number; draft: Draft };
  status: SaveStatus;
  conflict: Conflict | null;
  restored: boolean;
}

/** The server's content, or what this browser kept of an unsaved edit (restored, or as a conflict). */
function initial(sheet: SheetLike, enabled: boolean): Initial {
  const server = fromContent(sheet.content);
  const plain: Initial = { draft: server, base: { version: sheet.version, draft: server }, status: 'saved', conflict: null, restored: false };
  if (!enabled) return plain;
  const stored = readStored(sheet.id);
  if (!stored || sameDraft(stored.draft, server) || sameDraft(stored.draft, stored.base)) {
    if (stored) clearStored(sheet.id);
    return plain;
  }
  if (stored.baseVersion === sheet.version) return { ...plain, draft: stored.draft, status: 'dirty', restored: true };
  // the server moved on while this edit was waiting: the user merges
  return {
    draft: stored.draft,
    base: { version: stored.baseVersion, draft: stored.base },
    status: 'conflict',
    restored: true,
    conflict: {
      base: stored.base,
      theirs: server,
      theirsVersion: sheet.version,
      theirsBy: sheet.updatedByName ?? null,
      theirsAt: sheet.updatedAt,
      mine: stored.draft,
    },
  };
}

/**
 * The sheet editor's draft: saved automatically a moment after the user stops typing, always with the
 * version it was typed on. Until the server has it, the draft is kept in localStorage, so a lost
 * connection or a reload loses nothing. A CONFLICT (someone saved first) loads the latest version and
 * hands both to the user to merge; nothing is overwritten silently.
 */
export function useSheetDraft({ sheet, fiscalYear, enabled }: { sheet: SheetLike; fiscalYear: number; enabled: boolean }) {
  const client = useApolloClient();
  const [saveSheet] = useMutation(SaveSheetMutation);
  const [init] = useState(() => initial(sheet, enabled));
  const [draft, setDraftState] = useState<Draft>(init.draft);
  const [status, setStatus] = useState<SaveStatus>(init.status);
  const [conflict, setConflict] = useState<Conflict | null>(init.conflict);
  const [problem, setProblem] = useState<ServerProblem | null>(null);
  const [savedVersion, setSavedVersion] = useState(init.base.version);
  const [restored, setRestored] = useState(init.restored);

  const sheetId = sheet.id;
  const years = useMemo(() => indicatorYears(fiscalYear), [fiscalYear]);
  const draftRef = useRef(init.draft);
  const baseRef = useRef(init.base);
  const conflictRef = useRef(init.conflict);
  const enabledRef = useRef(enabled);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inflight = useRef<Promise<boolean> | null>(null);
  const retries = useRef(0);
  /** The latest save function, for timers and callbacks made before it. */
  const runSaveRef = useRef<() => Promise<boolean>>(async () => false);
  enabledRef.current = enabled;

  const persist = useCallback(() => {
    writeStored(sheetId, { baseVersion: baseRef.current.version, base: baseRef.current.draft, draft: draftRef.current, at: Date.now() });
  }, [sheetId]);

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

  const enterConflict = useCallback(async (): Promise<void> => {
    try {
      const { data } = await client.query({ query: SheetQuery, variables: { id: sheetId }, fetchPolicy: 'network-only' });
      const latest = data?.sheet;
      if (!latest) return;
      const theirs = fromContent(latest.content);
      if (!latest.canEdit) {
        // submitted (or otherwise locked) meanwhile: keep the typed text in the browser and say why
        persist();
        setStatus('error');
        setProblem({ code: 'INVALID_TRANSITION', message: message('INVALID_TRANSITION', currentLang()), fields: [] });
        return;
      }
      if (sameDraft(theirs, baseRef.current.draft)) {
        // only the version moved (tags, a transition): the content is what this editor started from
        baseRef.current = { version: latest.version, draft: baseRef.current.draft };
        persist();
        void runSaveRef.current();
        return;
      }
      const c: Conflict = {
        base: baseRef.current.draft,
        theirs,
        theirsVersion: latest.version,
        theirsBy: latest.updatedByName ?? null,
        theirsAt: latest.updatedAt,
        mine: draftRef.current,
      };
      conflictRef.current = c;
      setConflict(c);
      setStatus('conflict');
      persist();
    } catch (e) {
      const p = toServerProblem(e);
      setStatus(p.code === 'NETWORK' ? 'offline' : 'error');
      if (p.code !== 'NETWORK') setProblem(p);
    }
  }, [client, persist, sheetId]);

  const runSave = async (): Promise<boolean> => {
    if (!enabledRef.current || conflictRef.current) return false;
    if (inflight.current) {
      await inflight.current;
      return runSaveRef.current();
    }
    cancelTimer();
    const sent = draftRef.current;
    if (sameDraft(sent, baseRef.current.draft)) {
      setStatus('saved');
      setProblem(null);
      clearStored(sheetId);
      return true;
    }
    const { input, problems } = toInput(sent, years);
    if (problems.length) {
      setStatus('invalid');
      return false;
    }
    setStatus('saving');
    const attempt = (async () => {
      try {
        const { data } = await saveSheet({ variables: { input: { id: sheetId, version: baseRef.current.version, content: input } } });
        const version = data?.saveSheet.version ?? baseRef.current.version + 1;
        baseRef.current = { version, draft: sent };
        retries.current = 0;
        setSavedVersion(version);
        setProblem(null);
        if (sameDraft(draftRef.current, sent)) {
          setStatus('saved');
          clearStored(sheetId);
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
        } else if (p.code === 'CONFLICT') {
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

  /** Changes the draft; it is kept in the browser at once and sent after a pause in typing. */
  const update = useCallback(
    (change: (d: Draft) => Draft) => {
      const next = change(draftRef.current);
      draftRef.current = next;
      setDraftState(next);
      setRestored(false);
      if (conflictRef.current) return;
      persist();
      setStatus((s) => (s === 'saving' ? s : 'dirty'));
      schedule(AUTOSAVE_DELAY_MS);
    },
    [persist, schedule],
  );

  /** Saves now (before submitting); true when the server has everything typed. */
  const flush = useCallback(async (): Promise<{ ok: boolean; version: number }> => {
    cancelTimer();
    const ok = await runSaveRef.current();
    return { ok: ok && sameDraft(draftRef.current, baseRef.current.draft), version: baseRef.current.version };
  }, []);

  /**
   * Before a workflow event (submit): everything typed is saved, and the version to act on is the
   * server's latest when only its version moved (tags, say) and not its content.
   */
  const prepareTransition = useCallback(async (): Promise<number | null> => {
    const { ok, version } = await flush();
    if (!ok) return null;
    try {
      const { data } = await client.query({ query: SheetQuery, variables: { id: sheetId }, fetchPolicy: 'network-only' });
      const latest = data?.sheet;
      if (latest && latest.version !== version && sameDraft(fromContent(latest.content), baseRef.current.draft)) {
        baseRef.current = { version: latest.version, draft: baseRef.current.draft };
        return latest.version;
      }
    } catch {
      // the event itself will say what is wrong
    }
    return version;
  }, [client, flush, sheetId]);

  /** The user's merge of a conflict, saved on top of the latest version. */
  const resolve = useCallback(
    (merged: Draft) => {
      const c = conflictRef.current;
      if (!c) return;
      baseRef.current = { version: c.theirsVersion, draft: c.theirs };
      conflictRef.current = null;
      setConflict(null);
      draftRef.current = merged;
      setDraftState(merged);
      setSavedVersion(c.theirsVersion);
      persist();
      void runSaveRef.current();
    },
    [persist],
  );

  // a restored draft is sent as soon as the editor opens
  useEffect(() => {
    if (init.status === 'dirty' && enabled) schedule(0);
  }, [enabled, init.status, schedule]);

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

  const clientProblems: DraftProblem[] = useMemo(() => toInput(draft, years).problems, [draft, years]);

  return {
    draft,
    update,
    status,
    problem,
    clientProblems,
    savedVersion,
    conflict,
    resolve,
    flush,
    prepareTransition,
    restored,
    saveNow: () => void runSaveRef.current(),
  };
}

export type SheetDraftState = ReturnType<typeof useSheetDraft>;
