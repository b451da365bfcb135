import type {
  AgreementApprovalResponse,
  AgreementDetailView,
  ApprovalInboxItem,
} from '@concordat/domain';
import {
  actOk,
  actOn,
  givenAgreementAt,
  type LifecycleCast,
  type SignedIn,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestClock } from './support/test-clock.js';
import { SendRemindersJob } from '../src/modules/reminders/jobs/send-reminders.job.js';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * The renewal review's decision goes through the approval policy for purpose `review`:
 * proposed under review, listed in the approvers' inbox, applied by the approval that
 * completes the policy, sent back to undecided by a rejection. Through HTTP, against
 * PostgreSQL.
 */
describe('the review decision through the approval policy', () => {
  const clock = new TestClock('2026-11-23T09:00:00.000Z');
  let t: TestApp;
  let cast: LifecycleCast;
  let otherOfficial: SignedIn;
  let admin: SignedIn;

  beforeAll(async () => {
    // Sessions outlive the clock's jumps: what falls due here is the decision's step.
    t = await startTestApp({ clock, sessionTtlMs: 10 * YEAR_MS });
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    otherOfficial = await signedInAs(t, 'official');
    admin = await signedInAs(t, 'admin');
  });
  afterAll(() => t.close());

  const inboxOf = async (as: SignedIn) => {
    const response = await t.request('GET', '/api/approvals/inbox', { token: as.token });
    expect(response.status).toBe(200);
    return response.json<ApprovalInboxItem[]>();
  };
  const eventsOf = async (agreementId: string) => {
    const { rows } = await t.sql.query<{ type: string; payload: Record<string, unknown> }>(
      `SELECT type, payload FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [agreementId],
    );
    return rows;
  };

  it('is proposed by the manager, listed for the officials and renews once approved', async () => {
    const review = await givenAgreementAt(t, cast, 'review.under_review');

    const proposed = await actOk(t, cast.manager, review, 'renew', {
      endsOn: '2034-03-14',
      comment: 'The camps worked: five more years',
    });
    expect(proposed).toMatchObject({ status: 'review', step: 'awaiting_decision' });
    expect(proposed.allowedActions).not.toContain('approve');
    expect((await eventsOf(review.id)).at(-1)).toMatchObject({
      type: 'ReviewDecisionProposed',
      payload: {
        decision: 'renew',
        endsOn: '2034-03-14',
        proposedBy: cast.manager.user.id,
        policy: { purpose: 'review', agreementType: 'mou' },
      },
    });

    const approval = await t.request('GET', `/api/agreements/${review.id}/approval`, {
      token: cast.official.token,
    });
    expect(approval.json<AgreementApprovalResponse>().approval).toMatchObject({
      purpose: 'review',
      outcome: null,
      mayDecide: true,
      proposal: {
        decision: 'renew',
        endsOn: '2034-03-14',
        comment: 'The camps worked: five more years',
        proposedBy: { id: cast.manager.user.id },
      },
    });
    expect(
      (await inboxOf(cast.official)).find((item) => item.agreementId === review.id),
    ).toMatchObject({ purpose: 'review', decision: 'renew', step: 0, stepCount: 1 });
    expect((await inboxOf(cast.manager)).map((item) => item.agreementId)).not.toContain(review.id);

    const renewed = await actOk(t, cast.official, proposed, 'approve', { comment: 'Đồng ý' });
    expect(renewed).toMatchObject({
      status: 'active',
      step: 'in_force',
      endsOn: '2034-03-14',
      particulars: { expiresOn: '2034-03-14' },
    });
    expect((await eventsOf(review.id)).slice(-2).map((event) => event.type)).toEqual([
      'ApprovalDecisionRecorded',
      'AgreementRenewed',
    ]);
    expect((await inboxOf(cast.official)).map((item) => item.agreementId)).not.toContain(review.id);
  });

  it('may not be approved by its proposer; another official lets it expire', async () => {
    const review = await givenAgreementAt(t, cast, 'review.under_review');
    const proposed = await actOk(t, cast.official, review, 'expire', { comment: 'No budget' });
    expect(proposed.allowedActions).not.toContain('approve');
    expect((await inboxOf(cast.official)).map((item) => item.agreementId)).not.toContain(review.id);

    const own = await actOn(t, cast.official, proposed, 'approve');
    expect(own.status).toBe(403);
    expect(own.json<{ code: string }>().code).toBe('SELF_APPROVAL_FORBIDDEN');

    const expired = await actOk(t, otherOfficial, proposed, 'approve');
    expect(expired).toMatchObject({ status: 'expired', step: 'closed' });
  });

  it('runs the review policy an admin saved, and a rejection returns the review to undecided', async () => {
    const steps = [0, 1].map(() => ({
      approvers: { kind: 'role', role: 'official' },
      rule: { kind: 'any', count: 1 },
      deadlineDays: 3,
    }));
    const saved = await t.request('PUT', '/api/approval-policies/programme/review', {
      token: admin.token,
      body: { steps },
    });
    expect(saved.status).toBe(200);
    const withReapproval = await t.request('PUT', '/api/approval-policies/programme/review', {
      token: admin.token,
      body: { steps, reapproval: 'changed-clauses' },
    });
    expect(withReapproval.status).toBe(422);
    expect(withReapproval.json<{ code: string }>().code).toBe('REAPPROVAL_NOT_APPLICABLE');

    const review = await givenAgreementAt(t, cast, 'review.under_review', { type: 'programme' });
    let agreement: AgreementDetailView = await actOk(t, cast.manager, review, 'renew', {
      endsOn: '2031-12-31',
    });
    agreement = await actOk(t, cast.official, agreement, 'approve');
    // One step of two: still awaiting the decision, now at the second step.
    expect(agreement).toMatchObject({ status: 'review', step: 'awaiting_decision' });
    expect(
      (await inboxOf(otherOfficial)).find((item) => item.agreementId === review.id),
    ).toMatchObject({ purpose: 'review', step: 1, stepCount: 2 });

    const blank = await actOn(t, otherOfficial, agreement, 'reject', { comment: ' ' });
    expect(blank.status).toBe(400);
    agreement = await actOk(t, otherOfficial, agreement, 'reject', {
      comment: 'Renew for two years only',
    });
    expect(agreement).toMatchObject({ status: 'review', step: 'under_review' });
    expect((await eventsOf(review.id)).at(-1)).toMatchObject({
      type: 'ReviewDecisionRejected',
      payload: { comment: 'Renew for two years only', decidedBy: otherOfficial.user.id },
    });
    expect(agreement.allowedActions).toEqual(expect.arrayContaining(['renew', 'terminate']));

    // Undecided again: a new proposal may be made.
    const again = await actOk(t, cast.manager, agreement, 'renew', { endsOn: '2028-12-31' });
    expect(again).toMatchObject({ status: 'review', step: 'awaiting_decision' });
  });

  it('nudges the officials who may decide, never its proposer, a day before the step is due', async () => {
    clock.set('2027-02-01T09:00:00.000Z');
    const review = await givenAgreementAt(t, cast, 'review.under_review');
    await actOk(t, cast.official, review, 'expire', { comment: 'Hết ngân sách' });
    const approvalReminders = async () => {
      const { rows } = await t.sql.query<{ line: string }>(
        `SELECT kind || ' ' || recipient_id AS line FROM notifications
          WHERE subject_id = $1 AND kind LIKE 'approval.%' ORDER BY kind, recipient_id`,
        [review.id],
      );
      return rows.map((row) => row.line);
    };

    // The default review policy: any one official within five days.
    clock.set('2027-02-05T10:00:00.000Z');
    await t.app.get(SendRemindersJob).run();
    expect(await approvalReminders()).toEqual([`approval.due_soon ${otherOfficial.user.id}`]);
  });
});
