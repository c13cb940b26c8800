/** The four roles of the application (DOMAIN.md, "Who uses it"). One role per user. */
export const ROLES = ['ADMIN', 'SECRETARIAT', 'DEPARTMENT_STAFF', 'COMMITTEE_MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that may change the set-up of a cycle (Plan): articles, entries, members, groups, assignments. */
export const SETUP_EDITORS: readonly Role[] = ['SECRETARIAT'];
/** Roles that manage user accounts. */
export const ACCOUNT_ADMINS: readonly Role[] = ['ADMIN'];
/** Roles that read the audit trail (every recorded change). */
export const AUDIT_READERS: readonly Role[] = ['SECRETARIAT', 'ADMIN'];
