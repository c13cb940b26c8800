import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '../../apps/api/src/bootstrap';
import { isEmbedded, testDatabaseUrl } from './support/app';
import { pgClient } from './support/pg';
import { startPostgresProcess } from './support/postgres-process';

/**
 * Backups (issue 7 §7), as the README describes them: `pg_dump -Fc` and `pg_restore` for any server, and
 * for the embedded one (whose PostgreSQL 18 needs a pg_dump of 18 or newer) a copy of its data folder
 * while the app is stopped. Either way the restored database must equal the original, table by table,
 * attachments (bytea) included.
 */
jest.setTimeout(120_000);

/** Every table's row count and a digest of its rows, in a stable order. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const c = pgClient(url);
  await c.connect();
  try {
    const tables = (await c.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`)) as { rows: Array<{ name: string }> };
    const out: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const q = `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest FROM "${name}" t`;
      const [row] = ((await c.query(q)) as { rows: Array<{ n: number; digest: string }> }).rows;
      out[name] = `${row!.n}:${row!.digest}`;
    }
    return out;
  } finally {
    await c.end();
  }
}

/** An attachment of random bytes (binary data must survive the round trip) on some sheet. */
async function addAttachment(url: string): Promise<void> {
  const c = pgClient(url);
  await c.connect();
  try {
    const [sheet] = ((await c.query(`SELECT id FROM sheet LIMIT 1`)) as { rows: Array<{ id: string }> }).rows;
    const data = randomBytes(64 * 1024);
    await c.query(`INSERT INTO sheet_attachment ("sheetId", "fileName", "mimeType", size, data) VALUES ($1, '資料.pdf', 'application/pdf', $2, $3)`, [
      sheet!.id,
      data.length,
      data,
    ]);
  } finally {
    await c.end();
  }
}

function pgDumpMajor(): number | null {
  try {
    return Number(/(\d+)\./.exec(execFileSync('pg_dump', ['--version'], { encoding: 'utf8' }))![1]);
  } catch {
    return null;
  }
}

describe('backup and restore', () => {
  const onRealServer = !isEmbedded() && pgDumpMajor() !== null;
  // The embedded run covers the folder copy below; the run on the machine's PostgreSQL, pg_dump.
  (onRealServer ? it : it.skip)('pg_dump -Fc and pg_restore give back an equal database, attachments included', async () => {
    const url = testDatabaseUrl();
    await addAttachment(url);
    const dump = join(mkdtempSync(join(tmpdir(), 'kensho-dump-')), 'kensho.dump');
    const target = new URL(url);
    target.pathname = `/${target.pathname.slice(1)}_restored`;
    const admin = new Client(process.env.DATABASE_URL);
    await admin.connect();
    try {
      execFileSync('pg_dump', ['-Fc', '--no-owner', '-f', dump, url]);
      await admin.query(`CREATE DATABASE "${target.pathname.slice(1)}"`);
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', '-d', target.toString(), dump]);
      const [before, after] = [await fingerprint(url), await fingerprint(target.toString())];
      expect(Object.keys(before)).toContain('sheet_attachment');
      expect(before.sheet_attachment).not.toMatch(/^0:/);
      expect(after).toEqual(before);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${target.pathname.slice(1)}" WITH (FORCE)`);
      await admin.end();
      rmSync(join(dump, '..'), { recursive: true, force: true });
    }
  });

  it('a copy of the embedded data folder, taken while stopped, starts as an equal database', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kensho-backup-'));
    const copy = mkdtempSync(join(tmpdir(), 'kensho-restore-'));
    try {
      const pg = await startPostgresProcess(dir);
      let before: Record<string, string>;
      try {
        await runMigrations(pg.url);
        const c = pgClient(pg.url);
        await c.connect();
        try {
          await c.query(`INSERT INTO department (name, version) VALUES ('バックアップ課', 1)`);
          // Binary data as attachments hold it.
          await c.query(`CREATE TABLE backup_probe (data bytea)`);
          await c.query(`INSERT INTO backup_probe VALUES ($1)`, [randomBytes(64 * 1024)]);
        } finally {
          await c.end();
        }
        before = await fingerprint(pg.url);
      } finally {
        await pg.stop();
      }
      execFileSync('cp', ['-a', `${dir}/.`, copy]); // -a: as root, the server's user must still own its files
      const restored = await startPostgresProcess(copy);
      try {
        expect(await fingerprint(restored.url)).toEqual(before);
        expect(before.department).toMatch(/^1:/);
        expect(before.backup_probe).toMatch(/^1:/);
      } finally {
        await restored.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
