import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/platform/database/data-source.options.js';
import { EventStore } from '../src/platform/event-store/event-store.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

interface StreamRow {
  stream_id: string;
  kind: string;
  agreement_id: string | null;
}

/**
 * Migration 1764150000001 classifies the export, verification and dossier streams written
 * before their kinds existed; its SQL must say what `streamOf` (which the event store uses
 * for new streams) says.
 */
describe('migration 1764150000001: the reads of the log get their stream kinds', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const agreementId = randomUUID();
  const ids = {
    agreementExport: randomUUID(),
    logExport: randomUUID(),
    verification: randomUUID(),
    dossier: randomUUID(),
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(dataSourceOptions(database.url, true));
    await dataSource.initialize();
    const [user] = await dataSource.query<Array<{ id: string }>>(
      `INSERT INTO users (email, name, role, password_hash)
       VALUES ('reader@example.test', 'Reader', 'auditor', 'x') RETURNING id`,
    );
    const actor = user?.id ?? '';
    const firsts: Array<[string, { type: string; data: Record<string, unknown> }]> = [
      [
        ids.agreementExport,
        {
          type: 'ExportRequested',
          data: { format: 'jsonl', filters: { agreementId }, language: 'vi' },
        },
      ],
      [
        ids.logExport,
        { type: 'ExportRequested', data: { format: 'csv', filters: {}, language: 'en' } },
      ],
      [
        ids.verification,
        { type: 'EventLogVerificationRequested', data: { verificationId: ids.verification } },
      ],
      [ids.dossier, { type: 'DossierExported', data: { agreementId, language: 'ja' } }],
    ];
    await dataSource.transaction(async (manager) => {
      for (const [stream, event] of firsts) {
        await new EventStore().append(manager, stream, 0, [event], actor, new Date().toISOString());
      }
    });
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const streams = (): Promise<StreamRow[]> =>
    dataSource.query<StreamRow[]>(
      `SELECT stream_id::text, kind, agreement_id::text FROM event_streams
        WHERE stream_id = ANY($1::uuid[]) ORDER BY stream_id`,
      [Object.values(ids)],
    );

  it('files new streams by streamOf: an agreement export and a dossier under the agreement', async () => {
    const byId = new Map((await streams()).map((row) => [row.stream_id, row]));
    expect(byId.get(ids.agreementExport)).toMatchObject({
      kind: 'export',
      agreement_id: agreementId,
    });
    expect(byId.get(ids.logExport)).toMatchObject({ kind: 'export', agreement_id: null });
    expect(byId.get(ids.verification)).toMatchObject({ kind: 'verification', agreement_id: null });
    expect(byId.get(ids.dossier)).toMatchObject({ kind: 'dossier', agreement_id: agreementId });
  });

  it('down leaves them "other"; up classifies the existing streams as streamOf did', async () => {
    const byRule = await streams();
    await dataSource.undoLastMigration();
    const down = await streams();
    expect(down.map((row) => [row.kind, row.agreement_id])).toEqual(
      down.map(() => ['other', null]),
    );
    await dataSource.runMigrations();
    expect(await streams()).toEqual(byRule);
  });
});
