import { startupBanner, terminalWidth } from './startup-banner';

describe('the start-up message in a terminal', () => {
  const demo = {
    password: 'kensho-demo-2019',
    accounts: [
      { loginId: 'admin', displayName: 'システム管理者', role: 'ADMIN' as const },
      { loginId: 'jimukyoku', displayName: '産業政策課 事務局', role: 'SECRETARIAT' as const },
    ],
  };

  it('shows where to sign in, the database, and each demo account in aligned columns with the password', () => {
    const text = startupBanner({ signInUrl: 'http://localhost:3000/sign-in', database: 'embedded PostgreSQL (./.data)', demo });
    expect(text).toContain('Sign in:   http://localhost:3000/sign-in');
    expect(text).toContain('Database:  embedded PostgreSQL (./.data)');
    expect(text).toContain('password kensho-demo-2019');
    const rows = text.split('\n').filter((l) => /^ {4}\S/.test(l));
    expect(rows).toEqual([
      '    admin       システム管理者 (Administrator)   システム管理者',
      '    jimukyoku   事務局 (Secretariat)             産業政策課 事務局',
    ]);
    // the display names start in the same terminal column
    const nameColumn = (row: string, name: string) => terminalWidth(row.slice(0, row.lastIndexOf(name)));
    expect(nameColumn(rows[0]!, 'システム管理者')).toBe(nameColumn(rows[1]!, '産業政策課'));
  });

  it('without the demo, no accounts', () => {
    const text = startupBanner({ signInUrl: 'http://localhost:3000/sign-in', database: 'DATABASE_URL', demo: null });
    expect(text).not.toContain('Demo accounts');
    expect(text).toContain('http://localhost:3000/sign-in');
  });
});
