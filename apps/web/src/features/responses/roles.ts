import type { Role } from '@kensho/domain';

/** Who reads the responses (drafts only their department and the secretariat: the API decides). */
export const RESPONSE_READERS: readonly Role[] = ['SECRETARIAT', 'DEPARTMENT_STAFF', 'COMMITTEE_MEMBER'];
/** Who approves or returns them. */
export const RESPONSE_REVIEWERS: readonly Role[] = ['SECRETARIAT'];
