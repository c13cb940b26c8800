import type { Role } from '@kensho/domain';

/** Who writes 検証意見 (the API checks the assignment too). */
export const OPINION_WRITERS: readonly Role[] = ['COMMITTEE_MEMBER'];
/** Who consolidates them into 主な検証意見. */
export const OPINION_CONSOLIDATORS: readonly Role[] = ['SECRETARIAT'];
