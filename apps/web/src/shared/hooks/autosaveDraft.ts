/** The decisions of the autosaving editor (useAutosaveDraft) that need neither React nor a server. */
import { readStored } from '../storage';

export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'offline' | 'invalid' | 'error' | 'conflict' | 'locked';

/** The record as the server has it; `meta` is what a conflict shows of it besides the value (who, when). */
export interface Snapshot<T, M> {
  version: number;
  value: T;
  meta: M;
}

/** The record read again after a refusal: no longer editable once submitted, say. */
export interface Latest<T, M> extends Snapshot<T, M> {
  editable: boolean;
}

export type NoMeta = Record<never, never>;

/** Someone saved after the version this editor started from: what both started from, theirs and mine. */
export type Conflict<T, M = NoMeta> = { base: T; theirs: T; theirsVersion: number; mine: T } & M;

/** What the browser keeps until the server has it: the value and the version it was typed on. */
export interface StoredDraft<T> {
  baseVersion: number;
  base: T;
  value: T;
  at?: number;
}

/** The browser's copy, if it is sound (storage outlives the code that wrote it); sheets once called the value `draft`. */
export function readStoredDraft<T>(key: string, isValue: (v: unknown) => v is T): StoredDraft<T> | null {
  const s = readStored(key, (v): v is Record<string, unknown> => typeof v === 'object' && v !== null);
  const value = s?.value ?? s?.draft;
  return s && typeof s.baseVersion === 'number' && isValue(s.base) && isValue(value) ? { baseVersion: s.baseVersion, base: s.base, value } : null;
}

export interface Initial<T, M> {
  value: T;
  base: { version: number; value: T };
  status: SaveStatus;
  conflict: Conflict<T, M> | null;
  restored: boolean;
}

/**
 * Where an editor starts: the server's value, or the browser's copy of an unsaved edit. The copy is
 * restored when the server is still where it was typed (or only its version moved), and is a conflict
 * when the server's value changed meanwhile. A copy that adds nothing is not restored (drop it).
 */
export function initialDraft<T, M>(server: Snapshot<T, M>, stored: StoredDraft<T> | null, same: (a: T, b: T) => boolean): Initial<T, M> {
  const plain: Initial<T, M> = { value: server.value, base: { version: server.version, value: server.value }, status: 'saved', conflict: null, restored: false };
  if (!stored || same(stored.value, server.value) || same(stored.value, stored.base)) return plain;
  if (stored.baseVersion === server.version || same(server.value, stored.base)) return { ...plain, value: stored.value, status: 'dirty', restored: true };
  return {
    value: stored.value,
    base: { version: stored.baseVersion, value: stored.base },
    status: 'conflict',
    restored: true,
    conflict: { ...server.meta, base: stored.base, theirs: server.value, theirsVersion: server.version, mine: stored.value },
  };
}
