import { ROLE_LABELS } from '@kensho/domain';
import type { DemoAccounts } from './demo/demo-accounts';

export interface StartupInfo {
  /** Where to sign in. */
  signInUrl: string;
  /** Which database: the embedded one (and its folder) or DATABASE_URL. */
  database: string;
  /** The demo's accounts when the demo was asked for and the database holds them. */
  demo: DemoAccounts | null;
}

/** Columns of a terminal a text takes: CJK and full-width characters two, others one. */
export function terminalWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return width;
}
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - terminalWidth(text)));

/**
 * What `npm start` prints in a terminal once the app listens: where to sign in and, with the demo, its
 * accounts and password, aligned and apart from the log lines. (Not a terminal: main.ts logs the same as
 * one JSON line.)
 */
export function startupBanner(info: StartupInfo, color = false): string {
  const bold = (s: string) => (color ? `\u001b[1m${s}\u001b[22m` : s);
  const cyan = (s: string) => (color ? `\u001b[36m${s}\u001b[39m` : s);
  const lines = ['', `  ${bold('検証 Kensho is running')}`, '', `  Sign in:   ${cyan(bold(info.signInUrl))}`, `  Database:  ${info.database}`];
  if (info.demo) {
    const rows = info.demo.accounts.map((a) => ({ login: a.loginId, role: `${ROLE_LABELS[a.role].ja} (${ROLE_LABELS[a.role].en})`, name: a.displayName }));
    const loginWidth = Math.max(...rows.map((r) => terminalWidth(r.login))) + 3;
    const roleWidth = Math.max(...rows.map((r) => terminalWidth(r.role))) + 3;
    lines.push('', `  Demo accounts, all with the password ${bold(info.demo.password)}:`);
    for (const r of rows) lines.push(`    ${pad(bold(r.login), loginWidth + (bold(r.login).length - r.login.length))}${pad(r.role, roleWidth)}${r.name}`);
  }
  lines.push('', '  Stop with Ctrl+C.', '');
  return lines.join('\n') + '\n';
}
