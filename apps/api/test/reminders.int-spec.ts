import { SendRemindersJob } from '../src/modules/reminders/jobs/send-reminders.job.js';
import { StartDueReviewsJob } from '../src/modules/reminders/jobs/start-due-reviews.job.js';
import { SYSTEM_USER_ID } from '../src/modules/users/system-actor.js';
import {
  actOn,
  givenAgreementAt,
  givenDraftAgreement,
  signedInAs,
  type LifecycleCast,
  type SignedIn,
} from './support/factories.js';
import { onOtherInstance } from './support/other-instance.js';
import { TestClock } from './support/test-clock.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

describe('reminders driven by the test clock', () => {
  const clock = new TestClock('2026-02-01T08:00:00.000Z');
  let t: TestApp;
  let cast: LifecycleCast;

  beforeAll(async () => {
    // Sessions outlive the clock's jumps: what expires here is deadlines, not logins.
    t = await startTestApp({ clock, sessionTtlMs: 10 * YEAR_MS });
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
  });
  afterAll(() => t.close());

  const sendReminders = () => t.app.get(SendRemindersJob).run();
  const startReviews = () => t.app.get(StartDueReviewsJob).run();

  /** Who got what about one agreement, sorted, as `kind recipient`. */
  const notified = async (agreementId: string): Promise<string[]> => {
    const { rows } = await t.sql.query<{ line: string }>(
      `SELECT kind || ' ' || recipient_id AS line FROM notifications
        WHERE subject_id = $1 ORDER BY kind, recipient_id`,
      [agreementId],
    );
    return rows.map((row) => row.line);
  };
  const lines = (kind: string, people: SignedIn[]) =>
    people.map((person) => `${kind} ${person.user.id}`);
  const sorted = (values: string[]) => [...values].sort();

  describe('approval step deadlines', () => {
    it('nudges the approvers a day before, tells them at the deadline, escalates to the substitute after', async () => {
      clock.set('2026-03-02T09:00:00.000Z');
      const drafter = await signedInAs(t, 'manager');
      const second = await signedInAs(t, 'official');
      const substitute = await signedInAs(t, 'legal');
      const approvers = [cast.official, second];
      const draft = await givenDraftAgreement(t, drafter);
      expect((await actOn(t, drafter, draft, 'submit')).status).toBe(200);
      // The default policy: any one official, within 5 days.
      const delegation = await t.request('POST', '/api/delegations', {
        token: second.token,
        body: { substituteId: substitute.user.id, from: '2026-03-01', to: '2026-03-31' },
      });
      expect(delegation.status).toBe(201);

      clock.set('2026-03-06T08:59:00.000Z');
      await sendReminders();
      expect(await notified(draft.id)).toEqual([]);

      clock.set('2026-03-06T10:00:00.000Z');
      await Promise.all([sendReminders(), sendReminders()]);
      await sendReminders();
      expect(await notified(draft.id)).toEqual(sorted(lines('approval.due_soon', approvers)));

      clock.set('2026-03-07T09:00:00.000Z');
      await sendReminders();
      expect(await notified(draft.id)).toEqual(
        sorted([...lines('approval.due_soon', approvers), ...lines('approval.overdue', approvers)]),
      );

      clock.set('2026-03-09T09:30:00.000Z');
      await Promise.all([sendReminders(), sendReminders()]);
      expect(await notified(draft.id)).toEqual(
        sorted([
          ...lines('approval.due_soon', approvers),
          ...lines('approval.escalated', [substitute]),
          ...lines('approval.overdue', approvers),
        ]),
      );
      const { rows } = await t.sql.query<{ params: { days: number; forName: string } }>(
        `SELECT params FROM notifications WHERE subject_id = $1 AND kind = 'approval.escalated'`,
        [draft.id],
      );
      expect(rows[0]?.params.days).toBe(2);
    });

    it('escalates to the admins when no approver has a substitute, and stops once decided', async () => {
      clock.set('2026-04-01T09:00:00.000Z');
      const admin = await signedInAs(t, 'admin');
      const draft = await givenDraftAgreement(t, cast.manager);
      const submitted = await actOn(t, cast.manager, draft, 'submit');

      clock.set('2026-04-09T09:00:00.000Z');
      await sendReminders();
      expect(await notified(draft.id)).toContain(`approval.escalated ${admin.user.id}`);

      const approved = await actOn(t, cast.official, submitted.json(), 'approve');
      expect(approved.status).toBe(200);
      const before = (await notified(draft.id)).length;
      clock.set('2026-04-20T09:00:00.000Z');
      await sendReminders();
      expect(await notified(draft.id)).toHaveLength(before);
    });
  });

  describe('renewal reviews and notice deadlines', () => {
    it('opens the review at expiry minus the lead time, once, as the system user, and tells officials and managers', async () => {
      clock.set('2026-02-01T08:00:00.000Z');
      // Signed 2026-01-15 for 12 months: expires 2027-01-15, review due 30 days before.
      const agreement = await givenAgreementAt(t, cast, 'active.in_force', {
        termMonths: 12,
        reviewLeadDays: 30,
      });

      clock.set('2026-12-15T23:00:00.000Z');
      expect(await startReviews()).not.toContain(agreement.id);

      clock.set('2026-12-16T01:00:00.000Z');
      const runs = await Promise.all([startReviews(), startReviews()]);
      expect(runs.flat().filter((id) => id === agreement.id)).toHaveLength(1);
      expect(await startReviews()).toEqual([]);

      const { rows } = await t.sql.query<{ status: string; step: string }>(
        `SELECT status, step FROM agreements WHERE id = $1`,
        [agreement.id],
      );
      expect(rows[0]).toEqual({ status: 'review', step: 'under_review' });
      const { rows: events } = await t.sql.query<{ actor_id: string }>(
        `SELECT actor_id FROM events WHERE stream_id = $1 AND type = 'ReviewStarted'`,
        [agreement.id],
      );
      expect(events).toEqual([{ actor_id: SYSTEM_USER_ID }]);
      const kinds = await notified(agreement.id);
      expect(kinds).toEqual(
        expect.arrayContaining(lines('agreement.review_started', [cast.official, cast.manager])),
      );
      expect(kinds).not.toContain(`agreement.review_started ${cast.legal.user.id}`);
      expect(kinds.filter((line) => line.endsWith(cast.official.user.id))).toHaveLength(1);
      // Started by the clock, the review is assigned too: to the drafter, still a manager.
      expect(kinds.filter((line) => line.startsWith('agreement.review_assigned'))).toEqual([
        `agreement.review_assigned ${cast.manager.user.id}`,
      ]);
    });

    it('reminds the managers before the notice date of an automatic renewal, once per term', async () => {
      clock.set('2026-02-01T08:00:00.000Z');
      // Expires 2027-01-15; notice by 2026-11-16; reminded from 30 days before that.
      const agreement = await givenAgreementAt(t, cast, 'active.in_force', {
        termMonths: 12,
        renewalRule: { kind: 'automatic', months: 12, noticeDays: 60 },
        reviewLeadDays: 10,
      });

      clock.set('2026-10-16T12:00:00.000Z');
      await sendReminders();
      expect(await notified(agreement.id)).toEqual([]);

      clock.set('2026-10-20T12:00:00.000Z');
      await Promise.all([sendReminders(), sendReminders()]);
      clock.set('2026-10-21T12:00:00.000Z');
      await sendReminders();

      const managers = await t.sql.query<{ id: string }>(
        `SELECT id FROM users WHERE role = 'manager' ORDER BY id`,
      );
      expect(await notified(agreement.id)).toEqual(
        managers.rows.map((row) => `agreement.renewal_notice_due ${row.id}`),
      );
      const { rows } = await t.sql.query<{ params: { dueAt: string; days: number } }>(
        `SELECT params FROM notifications WHERE subject_id = $1 LIMIT 1`,
        [agreement.id],
      );
      expect(rows[0]?.params).toMatchObject({ dueAt: '2026-11-16', days: 27 });
    });
  });

  describe('several instances on one database', () => {
    it('sends each reminder once from two instances, and a restarted instance catches up without repeating', async () => {
      clock.set('2026-05-04T09:00:00.000Z');
      const draft = await givenDraftAgreement(t, cast.manager);
      expect((await actOn(t, cast.manager, draft, 'submit')).status).toBe(200);
      await onOtherInstance(t, { clock }, async (second) => {
        // Past the deadline while no reminder ran: both instances tick at once.
        clock.set('2026-05-09T10:00:00.000Z');
        await Promise.all([sendReminders(), second.get(SendRemindersJob).run()]);
        const officials = await t.sql.query<{ id: string }>(
          `SELECT id FROM users WHERE role = 'official' ORDER BY id`,
        );
        const overdue = officials.rows.map((row) => `approval.overdue ${row.id}`);
        expect((await notified(draft.id)).filter((line) => line.includes('overdue'))).toEqual(
          overdue,
        );
      });

      // An instance that was down over the escalation moment sends it when it comes back.
      clock.set('2026-05-12T10:00:00.000Z');
      await onOtherInstance(t, { clock }, async (restarted) => {
        await restarted.get(SendRemindersJob).run();
        await restarted.get(SendRemindersJob).run();
      });
      const lines = await notified(draft.id);
      expect(lines.filter((line) => line.startsWith('approval.escalated')).length).toBeGreaterThan(
        0,
      );
      expect(new Set(lines).size).toBe(lines.length);
    });
  });
});
