import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AddEventHashChains1764000000000 } from '../src/migrations/1764000000000-add-event-hash-chains.js';
import { MIGRATIONS } from '../src/migrations/index.js';
import { dataSourceOptions } from '../src/platform/database/data-source.options.js';
import { createCheckpoint } from '../src/platform/event-store/checkpoint.js';
import { verifyEventLog } from '../src/platform/event-store/event-log-verifier.js';
import { EventStore } from '../src/platform/event-store/event-store.js';
import { loadCheckpointSigner } from '../src/platform/event-store/signing-key.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

/** A database as it was before hash chains, holding events, then upgraded. */
describe('upgrading a log written before hash chains', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const signer = loadCheckpointSigner({});

  beforeAll(async () => {
    database = await createTestDatabase();
    const before = MIGRATIONS.indexOf(AddEventHashChains1764000000000);
    const old = new DataSource({
      ...dataSourceOptions(database.url, true),
      migrations: MIGRATIONS.slice(0, before),
    });
    await old.initialize();
    const [user] = await old.query<Array<{ id: string }>>(
      `INSERT INTO users (email, name, role, password_hash)
       VALUES ('old@example.test', 'Old', 'manager', 'x') RETURNING id`,
    );
    const [a, b] = [randomUUID(), randomUUID()];
    // Interleaved streams, a microsecond timestamp and text in four scripts.
    const rows: Array<[string, number, string, object, string]> = [
      [
        a,
        1,
        'AgreementDrafted',
        { title: { vi: 'Hợp tác', ja: '協力' } },
        '2024-01-02T03:04:05.123456Z',
      ],
      [
        b,
        1,
        'AgreementDrafted',
        { title: { ru: 'Сотрудничество' }, n: 1.5 },
        '2024-01-03T00:00:00Z',
      ],
      [a, 2, 'AgreementSubmittedForApproval', {}, '2024-01-04T00:00:00.5Z'],
      [b, 2, 'SomeFutureEvent', { nested: [1, 'two', null, true] }, '2024-01-05T00:00:00Z'],
    ];
    for (const [stream, version, type, payload, at] of rows) {
      await old.query(
        `INSERT INTO events (stream_id, stream_version, type, payload, actor_id, occurred_at)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [stream, version, type, JSON.stringify(payload), user?.id, at],
      );
    }
    await old.destroy();
    dataSource = new DataSource(dataSourceOptions(database.url, true));
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('hashes the existing events so the upgraded log verifies', async () => {
    const report = await verifyEventLog(dataSource.manager, signer);
    expect(report).toEqual({
      ok: true,
      eventsChecked: 4,
      streamsChecked: 2,
      checkpointsChecked: 0,
      firstBroken: null,
    });
  });

  it('chains new events onto the backfilled ones, and checkpoints them', async () => {
    const [stream] = await dataSource.query<Array<{ stream_id: string; actor_id: string }>>(
      `SELECT stream_id::text, actor_id::text FROM events WHERE stream_version = 2 LIMIT 1`,
    );
    if (stream === undefined) throw new Error('no stream');
    await dataSource.transaction(async (manager) => {
      await new EventStore().append(
        manager,
        stream.stream_id,
        2,
        [{ type: 'DraftApproved', data: { comment: 'Đồng ý' } }],
        stream.actor_id,
        new Date().toISOString(),
      );
      await createCheckpoint(manager, signer, new Date());
    });
    const report = await verifyEventLog(dataSource.manager, signer, 2);
    expect(report).toMatchObject({ ok: true, eventsChecked: 5, checkpointsChecked: 1 });
  });
});
