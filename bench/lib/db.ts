import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { Client, Pool } from 'pg';

/** The benchmark's database on the machine's PostgreSQL (never the app's own). */
export const BENCH_DB = process.env.BENCH_DB ?? 'kensho_bench';
export const PG_SERVER = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432';
export const BENCH_URL = `${PG_SERVER}/${BENCH_DB}`;

/** Where the built API lives (`npm run build` first). */
export const API_DIST = resolve(__dirname, '../../apps/api/dist/apps/api/src');

/** A deterministic uuid from a key, so that every generated database has the same ids. */
export function uuidOf(key: string): string {
  const h = createHash('md5').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function databaseExists(): Promise<boolean> {
  const c = new Client({ connectionString: `${PG_SERVER}/postgres` });
  await c.connect();
  try {
    const r = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [BENCH_DB]);
    return r.rowCount === 1;
  } finally {
    await c.end();
  }
}

/** Drops and recreates the benchmark database. */
export async function recreateDatabase(): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(BENCH_DB)) throw new Error(`BENCH_DB must be a plain name: ${BENCH_DB}`);
  const c = new Client({ connectionString: `${PG_SERVER}/postgres` });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${BENCH_DB}`);
  } finally {
    await c.end();
  }
}

type Row = Record<string, unknown>;

/**
 * Inserts rows in one statement per chunk: the rows travel as one JSON parameter and PostgreSQL spreads
 * them with jsonb_populate_recordset; columns not named keep their defaults.
 */
export async function bulkInsert(db: Pool | Client, table: string, rows: Row[], chunk = 2000): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!).map((c) => `"${c}"`).join(', ');
  for (let i = 0; i < rows.length; i += chunk) {
    await db.query(
      `INSERT INTO "${table}" (${cols}) SELECT ${cols} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`,
      [JSON.stringify(rows.slice(i, i + chunk))],
    );
  }
}
