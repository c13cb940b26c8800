import type { Role } from '@kensho/domain';

/**
 * Who opens the sheet screens, as the API decides it (SheetsService.list refuses the administrator;
 * setSheetTags and the review events are the secretariat's). Used only to hide what would be refused.
 */
export const SHEET_READERS: readonly Role[] = ['SECRETARIAT', 'DEPARTMENT_STAFF', 'COMMITTEE_MEMBER'];
export const SHEET_REVIEWERS: readonly Role[] = ['SECRETARIAT'];
