/** Ends what global-setup.ts started: stops the embedded PostgreSQL, or drops the test database. */
import { pgClient } from './support/pg';

export default async function globalTeardown(): Promise<void> {
  const dbs = globalThis.__KENSHO_TEST_DBS__ ?? [];
  globalThis.__KENSHO_TEST_DBS__ = undefined;
  for (const db of dbs) {
    if (db.embedded) await db.embedded.stop();
    else if (db.adminUrl && db.name) {
      const admin = pgClient(db.adminUrl);
      await admin.connect();
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${db.name}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }
  }
}
