import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../src/platform/database/embedded-postgres.server.js';

// Always embedded, whatever DATABASE_URL says: this is the path `node dist/main.js` takes
// on a developer's machine. initdb and two starts take a while on a small machine.
const GENEROUS_TIMEOUT_MS = 180_000;

describe('embedded PostgreSQL', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'concordat-embedded-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  const query = async (url: string, sql: string): Promise<pg.QueryResult> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(sql);
    } finally {
      await client.end();
    }
  };

  it(
    'keeps its data across a stop and a start on the same folder',
    async () => {
      const dataDir = join(root, 'postgres');

      const first = await startEmbeddedPostgres({ dataDir, databaseName: 'concordat' });
      try {
        await query(first.url, `CREATE TABLE kept (note text)`);
        await query(first.url, `INSERT INTO kept VALUES ('Hợp tác — 協力 — сотрудничество')`);
      } finally {
        await first.stop();
      }
      expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);

      const second = await startEmbeddedPostgres({ dataDir, databaseName: 'concordat' });
      try {
        expect(second.url).not.toBe('');
        const { rows } = await query(second.url, `SELECT note, lower('ĐỨC') AS folded FROM kept`);
        expect(rows).toEqual([{ note: 'Hợp tác — 協力 — сотрудничество', folded: 'đức' }]);
      } finally {
        await second.stop();
      }
    },
    GENEROUS_TIMEOUT_MS,
  );
});
