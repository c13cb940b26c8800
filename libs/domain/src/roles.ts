/** The four roles of the application (DOMAIN.md, "Who uses it"). One role per user. */
export const ROLES = ['ADMIN', 'SECRETARIAT', 'DEPARTMENT_STAFF', 'COMMITTEE_MEMBER'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that may change the set-up of a cycle (Plan): articles, entries, members, groups, assignments. */
export const SETUP_EDITORS: readonly Role[] = ['SECRETARIAT'];
/** Roles that manage user accounts: the administrator any, the secretariat those of members and staff. */
export const ACCOUNT_ADMINS: readonly Role[] = ['ADMIN', 'SECRETARIAT'];

/** The roles of the accounts a role may create, edit, deactivate, reset and unlock (issue 9). */
export function manageableRoles(role: Role): readonly Role[] {
  if (role === 'ADMIN') return ROLES;
  if (role === 'SECRETARIAT') return ['COMMITTEE_MEMBER', 'DEPARTMENT_STAFF'];
  return [];
}

export function mayManageAccount(actorRole: Role, accountRole: Role): boolean {
  return manageableRoles(actorRole).includes(accountRole);
}
/** Roles that read the audit trail (every recorded change). */
export const AUDIT_READERS: readonly Role[] = ['SECRETARIAT', 'ADMIN'];
