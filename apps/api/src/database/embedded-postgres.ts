import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Logger } from 'pino';

/**
 * The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) with its data in a local folder,
 * served over the PostgreSQL wire protocol on a loopback port so that TypeORM's ordinary `pg` driver and
 * pool talk to it exactly as to a real server (STACK.md: the typeorm-pglite driver shares one session
 * between connections and leaks transactions; don't use it).
 */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(dataDir: string, log?: Logger): Promise<EmbeddedPostgres> {
  // Required lazily: the packages are large and not needed with a real server.
  const { PGlite } = require('@electric-sql/pglite') as typeof import('@electric-sql/pglite');
  const { PGLiteSocketServer } = require('@electric-sql/pglite-socket') as typeof import('@electric-sql/pglite-socket');
  const dir = dataDir === 'memory://' ? dataDir : resolve(dataDir);
  if (dir !== 'memory://') mkdirSync(dir, { recursive: true });
  const started = Date.now();
  const db = await PGlite.create(dir);
  const port = await freePort();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 10 });
  await server.start();
  log?.info({ dataDir: dir, port, ms: Date.now() - started }, 'embedded PostgreSQL (PGlite) started');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolvePort, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}
