import type {
  AgreementEventView,
  AgreementView,
  CommitmentOccurrenceRow,
  Page,
  SessionView,
} from '@concordat/domain';
import { createApp } from '../src/app.js';
import type { AppOptions } from '../src/config/app-options.js';
import { DEMO_AGREEMENTS } from '../src/seed/demo-agreements.js';
import { DEMO_COMMITMENTS } from '../src/seed/demo-commitments.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/seed/demo-users.js';
import { TEST_APP_OPTIONS } from './support/test-app.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';
import pg from 'pg';

describe('demo seed', () => {
  let database: TestDatabase;
  let options: AppOptions;
  beforeAll(async () => {
    database = await createTestDatabase();
    options = {
      ...TEST_APP_OPTIONS,
      databaseUrl: database.url,
      seed: 'demo',
      sessionTtlMs: 60_000,
    };
  });
  afterAll(() => database.drop());

  const count = async (
    table: 'users' | 'agreements' | 'events' | 'commitments',
  ): Promise<number> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
      return Number(rows[0]?.n);
    } finally {
      await client.end();
    }
  };

  it('fills an empty database once: demo users and agreements with valid histories', async () => {
    const first = await createApp(options);
    try {
      expect(first.seeded).toBe(true);
      expect(first.demoUsers.map((user) => user.email)).toEqual(
        DEMO_USERS.map((user) => user.email),
      );
      // Besides the demo users, only the system user (the actor of automatic reviews).
      expect(await count('users')).toBe(DEMO_USERS.length + 1);
      expect(await count('agreements')).toBe(DEMO_AGREEMENTS.length);
      // One event per step, one more per approval (the decision is recorded, then the move),
      // and AgreementSigned where the last signature activates the agreement.
      const approvals = (command: string) =>
        command === 'ApproveDraft' || command === 'ClearToSign';
      const expectedEvents = DEMO_AGREEMENTS.reduce(
        (sum, demo) =>
          sum +
          1 +
          demo.steps.length +
          demo.steps.filter((step) => approvals(step.command)).length +
          (demo.steps.some((step) => step.command === 'SignAgreement') ? 1 : 0),
        0,
      );
      // Each demo commitment: planned, then one event per step.
      const commitmentEvents = DEMO_COMMITMENTS.reduce(
        (sum, demo) => sum + 1 + demo.steps.length,
        0,
      );
      expect(await count('events')).toBe(expectedEvents + commitmentEvents);
      expect(await count('commitments')).toBe(DEMO_COMMITMENTS.length);

      // Every demo login works with the printed password, and sees the agreements.
      await first.app.listen({ port: 0, host: '127.0.0.1' });
      const base = await first.app.getUrl();
      const login = await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'auditor@concordat.demo', password: DEMO_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const { accessToken, user } = (await login.json()) as SessionView;
      expect(user.name).toBe('佐藤 花子');
      const headers = { authorization: `Bearer ${accessToken}` };
      const list = (await (
        await fetch(`${base}/api/agreements?pageSize=100`, { headers })
      ).json()) as Page<AgreementView>;
      expect(list.total).toBe(DEMO_AGREEMENTS.length);
      const signed = list.items.find((item) => item.status === 'active');
      expect(signed).toBeDefined();
      // The active demo agreements carry both parties' signatures and computed dates.
      expect(signed?.particulars.parties.every((party) => party.signature !== null)).toBe(true);
      expect(signed?.particulars.effectiveOn).not.toBeNull();
      const history = (await (
        await fetch(`${base}/api/agreements/${signed?.id}/events`, { headers })
      ).json()) as AgreementEventView[];
      expect(history[0]?.type).toBe('AgreementDrafted');
      expect(history.map((event) => event.version)).toEqual(history.map((_, index) => index + 1));
      // The commitments list shows fulfilled, missed and overdue occurrences of the FAVIJA MoU.
      const occurrences = (await (
        await fetch(`${base}/api/commitments?partner=FAVIJA&pageSize=100`, { headers })
      ).json()) as Page<CommitmentOccurrenceRow>;
      const statuses = occurrences.items.map((row) => row.status);
      expect(statuses).toEqual(
        expect.arrayContaining(['fulfilled', 'missed', 'partially_fulfilled']),
      );
      expect(occurrences.items.some((row) => row.overdue)).toBe(true);
      expect(
        occurrences.items.find(
          (row) => row.title.en === 'Table-tennis training camp in Japan, 2025',
        )?.status,
      ).toBe('in_progress');
    } finally {
      await first.app.close();
    }

    const second = await createApp(options);
    try {
      expect(second.seeded).toBe(false);
      expect(second.demoUsers).toHaveLength(DEMO_USERS.length);
      // Besides the demo users, only the system user (the actor of automatic reviews).
      expect(await count('users')).toBe(DEMO_USERS.length + 1);
      expect(await count('agreements')).toBe(DEMO_AGREEMENTS.length);
    } finally {
      await second.app.close();
    }
  });

  it('seeds nothing when CONCORDAT_SEED is none', async () => {
    const empty = await createTestDatabase();
    try {
      const started = await createApp({ ...options, databaseUrl: empty.url, seed: 'none' });
      expect(started.seeded).toBe(false);
      expect(started.demoUsers).toEqual([]);
      await started.app.close();
    } finally {
      await empty.drop();
    }
  });
});
