/** Today's date in Japan (the city's calendar), as the API writes dates: 2020-03-19. */
export function todayInJapan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The deadline has passed (the deadline day itself still counts). */
export function isPastDeadline(deadline: string | null | undefined, now: Date = new Date()): boolean {
  return !!deadline && todayInJapan(now) > deadline;
}
