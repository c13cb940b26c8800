/** A plain `pg` client for the global setup and teardown (the project has no @types/pg). */
export function pgClient(connectionString: string): {
  connect(): Promise<void>;
  query(sql: string, params?: unknown[]): Promise<unknown>;
  end(): Promise<void>;
} {
   
  const { Client } = require('pg');
  return new Client({ connectionString });
}
