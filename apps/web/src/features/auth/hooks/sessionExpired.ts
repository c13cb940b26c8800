const KEY = 'kensho.sessionExpired';

/** Remembers, for the sign-in page, that the user was sent back because the session ended. */
export function markSessionExpired(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // storage unavailable: the sign-in page just does not explain
  }
}

/** Reads and forgets the mark. */
export function takeSessionExpired(): boolean {
  try {
    const was = sessionStorage.getItem(KEY) === '1';
    sessionStorage.removeItem(KEY);
    return was;
  } catch {
    return false;
  }
}
