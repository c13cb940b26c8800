/**
 * Counts the SQL statements the app sends while a function runs. The app runs in this process and
 * loads `pg` from the same module registry as the test file, so wrapping `Client.prototype.query`
 * sees every statement of every pooled connection (TypeORM's repositories, raw queries, BEGIN/COMMIT).
 */
export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; statements: string[] }> {
   
  const { Client } = require('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
  const proto = Client.prototype;
  const original = proto.query;
  const statements: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0];
    statements.push(typeof q === 'string' ? q : String((q as { text?: string })?.text ?? q));
    return original.apply(this, args);
  };
  try {
    const result = await fn();
    return { result, count: statements.length, statements };
  } finally {
    proto.query = original;
  }
}
