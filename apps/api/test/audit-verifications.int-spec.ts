import type { VerificationView } from '@concordat/domain';
import { DataSource } from 'typeorm';
import { VerifyEventLogJob } from '../src/modules/audit/jobs/verify-event-log.job.js';
import { verifyEventLog } from '../src/platform/event-store/event-log-verifier.js';
import { CheckpointSigner } from '../src/platform/event-store/signing-key.js';
import { actOn, givenDraftAgreement, type SignedIn, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('background verifications of the event log', () => {
  let t: TestApp;
  let auditor: SignedIn;
  let manager: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await signedInAs(t, 'auditor');
    manager = await signedInAs(t, 'manager');
    const draft = await givenDraftAgreement(t, manager);
    await actOn(t, manager, draft, 'edit', { endsOn: '2030-12-31' });
    await givenDraftAgreement(t, manager);
  });
  afterAll(() => t.close());

  async function start(): Promise<{ id: string; location: string; body: VerificationView }> {
    const response = await t.request('POST', '/api/audit/verifications', { token: auditor.token });
    expect(response.status).toBe(202);
    const body = response.json<VerificationView>();
    return { id: body.id, location: response.headers.location ?? '', body };
  }

  async function finished(location: string): Promise<VerificationView> {
    const deadline = Date.now() + 25_000;
    for (;;) {
      const view = (
        await t.request('GET', location, { token: auditor.token })
      ).json<VerificationView>();
      if (view.status === 'completed' || view.status === 'failed' || Date.now() > deadline)
        return view;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  const streamEvents = async (id: string) =>
    (
      await t.sql.query<{ type: string; actor_id: string; payload: Record<string, unknown> }>(
        `SELECT type, actor_id::text AS actor_id, payload FROM events WHERE stream_id = $1 ORDER BY stream_version`,
        [id],
      )
    ).rows;

  it('queues a verification (202 + Location), runs it as a job and reports the result', async () => {
    const { rows } = await t.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM events`);
    const { id, location, body } = await start();
    expect(location).toBe(`/api/audit/verifications/${id}`);
    expect(body).toMatchObject({ status: 'queued', requestedBy: { id: auditor.user.id } });

    const view = await finished(location);
    // The log at the snapshot: the events before, plus this verification's own request.
    const total = Number(rows[0]?.n) + 1;
    expect(view).toMatchObject({
      status: 'completed',
      eventsTotal: total,
      eventsChecked: total,
      error: null,
    });
    expect(view.result).toMatchObject({ ok: true, eventsChecked: total, firstBroken: null });
    expect(view.finishedAt).not.toBeNull();
  });

  it('records the request and the outcome as events of the verification, by the requester', async () => {
    const { id, location } = await start();
    await finished(location);
    const events = await streamEvents(id);
    expect(events.map((event) => event.type)).toEqual([
      'EventLogVerificationRequested',
      'EventLogVerified',
    ]);
    expect(events.every((event) => event.actor_id === auditor.user.id)).toBe(true);
    expect(events[1]?.payload).toMatchObject({ ok: true, firstBroken: null });
  });

  it('runs a finished verification only once: a repeated job changes nothing', async () => {
    const { id, location } = await start();
    const before = await finished(location);
    await t.app.get(VerifyEventLogJob).run(id);
    expect(await streamEvents(id)).toHaveLength(2);
    expect(
      (await t.request('GET', location, { token: auditor.token })).json<VerificationView>(),
    ).toEqual(before);
  });

  it('reports the first broken link of a tampered log, and records that too', async () => {
    await t.sql.query(`ALTER TABLE events DISABLE TRIGGER events_reject_update_delete`);
    try {
      await t.sql.query(
        `UPDATE events SET payload = jsonb_set(payload, '{tampered}', 'true')
          WHERE position = (SELECT min(position) + 1 FROM events)`,
      );
      const { id, location } = await start();
      const view = await finished(location);
      expect(view.status).toBe('completed');
      expect(view.result).toMatchObject({
        ok: false,
        firstBroken: { reason: 'event-hash-mismatch' },
      });
      const events = await streamEvents(id);
      expect(events[1]).toMatchObject({ type: 'EventLogVerified', payload: { ok: false } });
    } finally {
      await t.sql.query(
        `UPDATE events SET payload = payload - 'tampered' WHERE payload ? 'tampered'`,
      );
      await t.sql.query(`ALTER TABLE events ENABLE TRIGGER events_reject_update_delete`);
    }
  });

  it('hears progress batch by batch', async () => {
    const seen: number[] = [];
    const dataSource = t.app.get(DataSource);
    const report = await dataSource.transaction((manager) =>
      verifyEventLog(manager, t.app.get(CheckpointSigner), 3, (checked) => {
        seen.push(checked);
        return Promise.resolve();
      }),
    );
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toBe(report.eventsChecked);
  });

  it('lets auditors and admins start and read verifications, and nobody else', async () => {
    expect((await t.request('POST', '/api/audit/verifications')).status).toBe(401);
    const refused = await t.request('POST', '/api/audit/verifications', { token: manager.token });
    expect(refused.status).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const { location } = await start();
    expect((await t.request('GET', location, { token: manager.token })).status).toBe(403);
    const admin = await signedInAs(t, 'admin');
    expect((await t.request('GET', location, { token: admin.token })).status).toBe(200);
  });

  it('answers 404 for an unknown or malformed id', async () => {
    for (const id of ['3f2c9a4e-7b1d-4c8e-9a6f-0d5e4c3b2a19', 'not-a-uuid']) {
      const response = await t.request('GET', `/api/audit/verifications/${id}`, {
        token: auditor.token,
      });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });
});
