import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { RunAgreementCommand } from '../src/modules/agreements/commands/run-agreement-command/run-agreement-command.command.js';
import { ConcurrencyConflictError } from '../src/platform/event-store/concurrency-conflict.error.js';
import { EventStore } from '../src/platform/event-store/event-store.js';
import { toProblem } from '../src/platform/problem/to-problem.js';
import { countRows, givenDraftAgreement, givenUser, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('the event store', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let store: EventStore;
  let actorId: string;
  beforeAll(async () => {
    t = await startTestApp();
    dataSource = t.app.get<DataSource>(getDataSourceToken());
    store = t.app.get(EventStore);
    actorId = (await givenUser(t, 'admin')).user.id;
  });
  afterAll(() => t.close());

  const appendOne = (streamId: string, expectedVersion: number) =>
    dataSource.transaction((manager) =>
      store.append(
        manager,
        streamId,
        expectedVersion,
        [{ type: 'Tested', data: { n: 1 } }],
        actorId,
        new Date().toISOString(),
      ),
    );

  it('refuses UPDATE, DELETE and TRUNCATE on events, even for the table owner', async () => {
    const streamId = randomUUID();
    await appendOne(streamId, 0);

    await expect(
      t.sql.query(`UPDATE events SET type = 'Rewritten' WHERE stream_id = $1`, [streamId]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.sql.query(`DELETE FROM events WHERE stream_id = $1`, [streamId]),
    ).rejects.toThrow(/append-only/);
    await expect(t.sql.query(`TRUNCATE events CASCADE`)).rejects.toThrow(/append-only/);
    const { rows } = await t.sql.query<{ type: string }>(
      `SELECT type FROM events WHERE stream_id = $1`,
      [streamId],
    );
    expect(rows).toEqual([{ type: 'Tested' }]);
  });

  it('lets exactly one of two concurrent appends at the same expected version win; the other is a 409', async () => {
    const streamId = randomUUID();
    await appendOne(streamId, 0);

    const results = await Promise.allSettled([appendOne(streamId, 1), appendOne(streamId, 1)]);

    const fulfilled = results.filter((result) => result.status === 'fulfilled');
    const rejected = results.filter((result) => result.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const reason: unknown = rejected[0]?.reason;
    expect(reason).toBeInstanceOf(ConcurrencyConflictError);
    expect(toProblem(reason, '/api/agreements/x')).toMatchObject({
      status: 409,
      code: 'CONCURRENCY_CONFLICT',
    });
    const { rows } = await t.sql.query<{ versions: number[] }>(
      `SELECT array_agg(stream_version ORDER BY stream_version) AS versions FROM events WHERE stream_id = $1`,
      [streamId],
    );
    expect(rows[0]?.versions).toEqual([1, 2]);
  });

  it('refuses a command whose expected version is stale, writing nothing', async () => {
    const manager = await signedInAs(t, 'manager');
    const agreement = await givenDraftAgreement(t, manager);
    const before = await countRows(t);

    const attempt = t.app
      .get(CommandBus)
      .execute(
        new RunAgreementCommand(
          agreement.id,
          { type: 'SubmitForApproval', data: {} },
          { userId: manager.user.id, role: 'manager' },
          0,
        ),
      );

    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await countRows(t)).toEqual(before);
  });

  it('turns a broken business rule into a 422 problem and writes nothing', async () => {
    const manager = await signedInAs(t, 'manager');
    // A draft without partners cannot be submitted for approval.
    const agreement = await givenDraftAgreement(t, manager, { partners: [] });
    const before = await countRows(t);

    const error: unknown = await t.app
      .get(CommandBus)
      .execute(
        new RunAgreementCommand(
          agreement.id,
          { type: 'SubmitForApproval', data: {} },
          { userId: manager.user.id, role: 'manager' },
        ),
      )
      .then(
        () => undefined,
        (thrown: unknown) => thrown,
      );

    expect(toProblem(error, '/x')).toMatchObject({ status: 422, code: 'REQUIRED_FIELD_MISSING' });
    expect(await countRows(t)).toEqual(before);
  });
});
