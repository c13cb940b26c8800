import { DataSource, In } from 'typeorm';
import type { Role } from '@kensho/domain';
import { UserEntity } from '../data/user.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-setup';

export interface DemoAccounts {
  password: string;
  accounts: Array<{ loginId: string; displayName: string; role: Role }>;
}

/**
 * The demo's accounts this database holds, still active, in the demo's order (what the start-up message
 * lists); null when it holds none of them (a database of real users).
 */
export async function demoAccountsIn(db: DataSource): Promise<DemoAccounts | null> {
  const users = await db.getRepository(UserEntity).find({
    select: { loginId: true, displayName: true, role: true },
    where: { loginId: In(DEMO_ACCOUNTS.map((a) => a.loginId)), active: true },
  });
  const byLogin = new Map(users.map((u) => [u.loginId, u]));
  const accounts = DEMO_ACCOUNTS.flatMap((a) => {
    const u = byLogin.get(a.loginId);
    return u ? [{ loginId: u.loginId, displayName: u.displayName, role: u.role }] : [];
  });
  return accounts.length ? { password: DEMO_PASSWORD, accounts } : null;
}
