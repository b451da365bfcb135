import { generateKeyPairSync } from 'node:crypto';
import type { AgreementView } from '@concordat/domain';
import {
  eventHash,
  GENESIS_HASH,
  globalEventHash,
  hashTimestamp,
} from '../src/platform/event-store/event-hash.js';
import type { VerificationReport } from '../src/platform/event-store/event-log-verifier.js';
import {
  actOn,
  givenAgreementAt,
  givenDraftAgreement,
  type LifecycleCast,
  type SignedIn,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface EventRow {
  position: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: unknown;
  actor_id: string;
  occurred_at: string;
  hash: string;
  global_hash: string;
}

const SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();

describe('integrity of the event log', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let auditor: SignedIn;
  let admin: SignedIn;
  let first: AgreementView;
  let second: AgreementView;
  let third: AgreementView;

  beforeAll(async () => {
    t = await startTestApp({ signingKey: SIGNING_KEY });
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    auditor = await signedInAs(t, 'auditor');
    admin = await signedInAs(t, 'admin');
    first = await givenAgreementAt(t, cast, 'negotiation.in_round', {
      title: { vi: 'Hợp tác thể thao', ja: 'スポーツ協力', ru: 'Спортивное сотрудничество' },
    });
    second = await givenAgreementAt(t, cast, 'draft.approved');
    third = await givenDraftAgreement(t, cast.manager);
    // Interleave the streams, so the global chain and the stream chains differ.
    const edited = await actOn(t, cast.manager, third, 'edit', { endsOn: '2030-12-31' });
    if (edited.status !== 200) throw new Error(`edit: ${edited.status} ${edited.text}`);
    third = edited.json<AgreementView>();
    await checkpoint();
    const started = await actOn(t, cast.legal, second, 'start-negotiation');
    if (started.status !== 200) throw new Error(`start-negotiation: ${started.text}`);
    await snapshotLog();
  });
  afterAll(() => t.close());

  const verify = async (): Promise<VerificationReport> => {
    const response = await t.request('GET', '/api/audit/verify', { token: auditor.token });
    expect(response.status).toBe(200);
    return response.json<VerificationReport>();
  };

  async function checkpoint(): Promise<void> {
    const response = await t.request('POST', '/api/audit/checkpoints', { token: admin.token });
    if (response.status !== 201) throw new Error(`checkpoint: ${response.status} ${response.text}`);
  }

  const events = async (): Promise<EventRow[]> =>
    (
      await t.sql.query<EventRow>(
        `SELECT position::text AS position, stream_id::text AS stream_id, stream_version, type,
                payload, actor_id::text AS actor_id,
                to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS occurred_at,
                hash, global_hash
           FROM events ORDER BY events.position`,
      )
    ).rows;

  /** Tampering as the superuser would: with the append-only trigger switched off. */
  async function tamper(sql: string, values: unknown[] = []): Promise<void> {
    await t.sql.query(`ALTER TABLE events DISABLE TRIGGER events_reject_update_delete`);
    try {
      await t.sql.query(sql, values);
    } finally {
      await t.sql.query(`ALTER TABLE events ENABLE TRIGGER events_reject_update_delete`);
    }
  }

  // Each tamper case starts from the same intact log, restored from this copy.
  async function snapshotLog(): Promise<void> {
    await t.sql.query(`CREATE TABLE events_backup AS SELECT * FROM events`);
    await t.sql.query(`CREATE TABLE head_backup AS SELECT * FROM event_chain_head`);
  }
  afterEach(async () => {
    await tamper(`DELETE FROM events`);
    await t.sql.query(`INSERT INTO events OVERRIDING SYSTEM VALUE SELECT * FROM events_backup`);
    await t.sql.query(`DELETE FROM event_chain_head`);
    await t.sql.query(`INSERT INTO event_chain_head SELECT * FROM head_backup`);
    await t.sql.query(`ALTER TABLE event_checkpoints DISABLE TRIGGER USER`);
    await t.sql.query(`DELETE FROM event_checkpoints WHERE signature LIKE 'forged%'`);
    await t.sql.query(`ALTER TABLE event_checkpoints ENABLE TRIGGER USER`);
  });

  it('chains every appended event to the one before it in its stream and in the log', async () => {
    const rows = await events();
    expect(rows.length).toBeGreaterThanOrEqual(10);
    const streamHeads = new Map<string, string>();
    let global = GENESIS_HASH;
    for (const row of rows) {
      const expected = eventHash(streamHeads.get(row.stream_id) ?? GENESIS_HASH, {
        streamId: row.stream_id,
        version: row.stream_version,
        type: row.type,
        payload: row.payload,
        actorId: row.actor_id,
        occurredAt: row.occurred_at,
      });
      expect(row.hash).toBe(expected);
      global = globalEventHash(global, row.hash);
      expect(row.global_hash).toBe(global);
      streamHeads.set(row.stream_id, row.hash);
    }
    const head = await t.sql.query<{ last_position: string; global_hash: string }>(
      `SELECT last_position::text AS last_position, global_hash FROM event_chain_head`,
    );
    expect(head.rows[0]).toEqual({ last_position: rows.at(-1)?.position, global_hash: global });
  });

  it('hashes the instant as stored, to the microsecond', () => {
    expect(hashTimestamp('2026-11-23T10:55:45.123Z')).toBe('2026-11-23T10:55:45.123000Z');
  });

  it('verifies a clean log: every event, stream and checkpoint', async () => {
    const rows = await events();
    expect(await verify()).toEqual({
      ok: true,
      eventsChecked: rows.length,
      streamsChecked: 3,
      checkpointsChecked: 1,
      firstBroken: null,
    });
  });

  it('keeps both chains whole when many commands commit at once', async () => {
    const results = await Promise.all([
      ...Array.from({ length: 6 }, () =>
        t.request('POST', '/api/agreements', {
          token: cast.manager.token,
          body: { title: { en: 'Parallel' }, type: 'mou', partners: [] },
        }),
      ),
      ...Array.from({ length: 3 }, () =>
        actOn(t, cast.manager, third, 'edit', { endsOn: '2031-01-01' }),
      ),
    ]);
    expect(results.slice(0, 6).map((response) => response.status)).toEqual(Array(6).fill(201));
    // Same expected version: one edit wins, the others are told they are stale.
    expect(
      results
        .slice(6)
        .map((response) => response.status)
        .sort(),
    ).toEqual([200, 409, 409]);
    expect(await verify()).toMatchObject({ ok: true, firstBroken: null });
  });

  it('refuses to rewrite or delete an event while the trigger is on', async () => {
    const [row] = await events();
    await expect(
      t.sql.query(`UPDATE events SET hash = $2 WHERE position = $1`, [
        row?.position,
        'b'.repeat(64),
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.sql.query(`DELETE FROM events WHERE position = $1`, [row?.position]),
    ).rejects.toThrow(/append-only/);
    expect((await verify()).ok).toBe(true);
  });

  it('lets auditors and admins verify, and nobody else', async () => {
    expect((await t.request('GET', '/api/audit/verify', { token: admin.token })).status).toBe(200);
    for (const who of [cast.manager, cast.official, cast.legal]) {
      const response = await t.request('GET', '/api/audit/verify', { token: who.token });
      expect(response.status).toBe(403);
    }
    expect((await t.request('GET', '/api/audit/verify')).status).toBe(401);
    expect(
      (await t.request('POST', '/api/audit/checkpoints', { token: auditor.token })).status,
    ).toBe(403);
  });

  it('names an event whose payload was edited', async () => {
    const target = (await events()).find(
      (row) => row.stream_id === first.id && row.stream_version === 1,
    );
    await tamper(
      `UPDATE events SET payload = jsonb_set(payload, '{ourOrganisation}', '"Someone else"') WHERE position = $1`,
      [target?.position],
    );
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({
      position: target?.position,
      streamId: first.id,
      version: 1,
      reason: 'event-hash-mismatch',
    });
  });

  it('names the event after one that was deleted', async () => {
    const rows = await events();
    const index = rows.findIndex((row) => row.stream_id === first.id && row.stream_version === 3);
    const deleted = rows[index];
    const next = rows[index + 1];
    await tamper(`DELETE FROM events WHERE position = $1`, [deleted?.position]);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstBroken).toMatchObject({
      position: next?.position,
      streamId: next?.stream_id,
      version: next?.stream_version,
    });
    expect(['stream-version-out-of-order', 'global-chain-broken']).toContain(
      report.firstBroken?.reason,
    );
  });

  it('notices a deleted last event through the chain head', async () => {
    const last = (await events()).at(-1);
    await tamper(`DELETE FROM events WHERE position = $1`, [last?.position]);
    const report = await verify();
    expect(report.firstBroken).toMatchObject({
      position: last?.position,
      reason: 'log-ends-before-head',
    });
  });

  it('names a forged event inserted with correctly recomputed hashes', async () => {
    const rows = await events();
    const last = rows.at(-1);
    const streamHead = rows.filter((row) => row.stream_id === second.id).at(-1);
    if (last === undefined || streamHead === undefined) throw new Error('no events');
    const forged = {
      streamId: second.id,
      version: streamHead.stream_version + 1,
      type: 'AgreementSigned',
      payload: { effectiveOn: '2026-01-01' },
      actorId: cast.official.user.id,
      occurredAt: hashTimestamp(new Date()),
    };
    const hash = eventHash(streamHead.hash, forged);
    const inserted = await t.sql.query<{ position: string }>(
      `INSERT INTO events (stream_id, stream_version, type, payload, actor_id, occurred_at, hash, global_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING position::text AS position`,
      [
        forged.streamId,
        forged.version,
        forged.type,
        JSON.stringify(forged.payload),
        forged.actorId,
        forged.occurredAt,
        hash,
        globalEventHash(last.global_hash, hash),
      ],
    );
    const report = await verify();
    expect(report.firstBroken).toMatchObject({
      position: inserted.rows[0]?.position,
      streamId: second.id,
      version: forged.version,
      reason: 'events-after-head',
    });
  });

  it('names a forged event inserted without knowing the hashes', async () => {
    const streamHead = (await events()).filter((row) => row.stream_id === first.id).at(-1);
    const inserted = await t.sql.query<{ position: string }>(
      `INSERT INTO events (stream_id, stream_version, type, payload, actor_id, occurred_at, hash, global_hash)
       VALUES ($1, $2, 'AgreementWithdrawn', '{"reason":"forged"}', $3, now(), $4, $4)
       RETURNING position::text AS position`,
      [first.id, (streamHead?.stream_version ?? 0) + 1, cast.manager.user.id, 'a'.repeat(64)],
    );
    expect((await verify()).firstBroken).toMatchObject({
      position: inserted.rows[0]?.position,
      streamId: first.id,
      reason: 'event-hash-mismatch',
    });
  });

  it('names the first of two events whose order was swapped', async () => {
    const rows = await events();
    // Two neighbours of different streams: each stream chain still holds, the log order not.
    const index = rows.findIndex(
      (row, i) => i > 0 && rows[i + 1] !== undefined && rows[i + 1]?.stream_id !== row.stream_id,
    );
    const a = rows[index];
    const b = rows[index + 1];
    if (a === undefined || b === undefined) throw new Error('no neighbours in two streams');
    await tamper(`DELETE FROM events WHERE position IN ($1, $2)`, [a.position, b.position]);
    const reinsert = (position: string, row: EventRow) =>
      t.sql.query(
        `INSERT INTO events OVERRIDING SYSTEM VALUE
           SELECT $1::bigint, stream_id, stream_version, type, payload, actor_id, occurred_at, hash, global_hash
             FROM events_backup WHERE position = $2`,
        [position, row.position],
      );
    await reinsert(a.position, b);
    await reinsert(b.position, a);
    const report = await verify();
    expect(report.firstBroken).toMatchObject({
      position: a.position,
      streamId: b.stream_id,
      version: b.stream_version,
      reason: 'global-chain-broken',
    });
  });

  it('reports a checkpoint whose signature is forged', async () => {
    const { rows } = await t.sql.query<{ position: string; global_hash: string }>(
      `SELECT position::text AS position, global_hash FROM event_checkpoints ORDER BY id LIMIT 1`,
    );
    const genuine = rows[0];
    await t.sql.query(
      `INSERT INTO event_checkpoints (position, global_hash, stream_count, streams_digest, created_at, key_id, signature)
       SELECT position, global_hash, stream_count, streams_digest, created_at, key_id, 'forged' || signature
         FROM event_checkpoints ORDER BY id LIMIT 1`,
    );
    const report = await verify();
    expect(report.checkpointsChecked).toBe(2);
    expect(report.firstBroken).toMatchObject({
      position: genuine?.position,
      reason: 'checkpoint-signature-invalid',
    });
  });

  it('catches a log rewritten with every hash recomputed, through the signed checkpoint', async () => {
    // The strongest forger: edits an early event and recomputes every hash after it.
    const rows = await events();
    const heads = new Map<string, string>();
    let global = GENESIS_HASH;
    await t.sql.query(`ALTER TABLE events DISABLE TRIGGER events_reject_update_delete`);
    try {
      for (const row of rows) {
        const payload =
          row.stream_id === first.id && row.stream_version === 1
            ? { ...(row.payload as object), ourOrganisation: 'Someone else' }
            : row.payload;
        const hash = eventHash(heads.get(row.stream_id) ?? GENESIS_HASH, {
          streamId: row.stream_id,
          version: row.stream_version,
          type: row.type,
          payload,
          actorId: row.actor_id,
          occurredAt: row.occurred_at,
        });
        global = globalEventHash(global, hash);
        heads.set(row.stream_id, hash);
        await t.sql.query(
          `UPDATE events SET payload = $2, hash = $3, global_hash = $4 WHERE position = $1`,
          [row.position, JSON.stringify(payload), hash, global],
        );
      }
    } finally {
      await t.sql.query(`ALTER TABLE events ENABLE TRIGGER events_reject_update_delete`);
    }
    await t.sql.query(`UPDATE event_chain_head SET global_hash = $1`, [global]);
    const { rows: checkpoints } = await t.sql.query<{ position: string }>(
      `SELECT position::text AS position FROM event_checkpoints`,
    );
    const report = await verify();
    expect(report.firstBroken).toMatchObject({
      position: checkpoints[0]?.position,
      reason: 'checkpoint-mismatch',
    });
  });

  it('publishes the public key that verifies checkpoints', async () => {
    const response = await t.request('GET', '/api/audit/signing-key');
    expect(response.status).toBe(200);
    const key = response.json<{ algorithm: string; publicKeyPem: string }>();
    expect(key.algorithm).toBe('Ed25519');
    expect(key.publicKeyPem).toContain('BEGIN PUBLIC KEY');
  });
});
