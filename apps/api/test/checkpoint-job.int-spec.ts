import { CHECKPOINT_JOB } from '../src/modules/audit/jobs/checkpoint-event-log.job.js';
import { JobQueue } from '../src/platform/jobs/job-queue.js';
import { givenDraftAgreement, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('periodic checkpoints on pg-boss', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ checkpointCron: '*/15 * * * *' });
  });
  afterAll(() => t.close());

  const checkpoints = async (): Promise<number> => {
    const { rows } = await t.sql.query<{ n: string }>(
      `SELECT count(*) AS n FROM event_checkpoints`,
    );
    return Number(rows[0]?.n);
  };

  it('registers the schedule in the database, where every instance shares it', async () => {
    const { rows } = await t.sql.query<{ cron: string; timezone: string }>(
      `SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`,
      [CHECKPOINT_JOB],
    );
    expect(rows).toEqual([{ cron: '*/15 * * * *', timezone: 'UTC' }]);
  });

  it('signs a checkpoint of the current heads when the job runs, and it verifies', async () => {
    const manager = await signedInAs(t, 'manager');
    await givenDraftAgreement(t, manager);
    const before = await checkpoints();

    await t.app.get(JobQueue).runNow(CHECKPOINT_JOB);
    const deadline = Date.now() + 20_000;
    while ((await checkpoints()) === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    expect(await checkpoints()).toBe(before + 1);
    const { rows } = await t.sql.query<{ global_position: string }>(
      `SELECT position::text AS global_position FROM event_checkpoints ORDER BY id DESC LIMIT 1`,
    );
    const { rows: head } = await t.sql.query<{ position: string }>(
      `SELECT max(position)::text AS position FROM events`,
    );
    expect(rows[0]?.global_position).toBe(head[0]?.position);
    const auditor = await signedInAs(t, 'auditor');
    const verify = await t.request('GET', '/api/audit/verify', { token: auditor.token });
    expect(verify.json<{ ok: boolean; checkpointsChecked: number }>()).toMatchObject({
      ok: true,
      checkpointsChecked: before + 1,
    });
  });
});
