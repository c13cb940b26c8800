import type { Role } from '@kensho/domain';

/** The signed-in caller, passed as the first argument of every service use case. */
export interface Actor {
  id: string;
  role: Role;
  displayName: string;
  departmentId: string | null;
  memberId: string | null;
  /** The session the request came with (its token's hash), so a password change can end the others. */
  sessionKey?: string;
  requestId?: string;
}
