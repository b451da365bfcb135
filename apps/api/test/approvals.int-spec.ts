import { randomUUID } from 'node:crypto';
import type {
  AgreementApprovalResponse,
  AgreementDetailView,
  AgreementEventView,
  AgreementType,
  AgreementView,
  ApprovalInboxItem,
  ApprovalPolicyView,
  BulkApproveResult,
  DelegationView,
} from '@concordat/domain';
import { actOn, givenDraftAgreement, type SignedIn, signedInAs } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

describe('approval chains through HTTP', () => {
  let t: TestApp;
  let admin: SignedIn;
  let manager: SignedIn;
  let officials: SignedIn[];
  let auditor: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await signedInAs(t, 'admin');
    manager = await signedInAs(t, 'manager');
    auditor = await signedInAs(t, 'auditor');
    officials = [];
    for (let i = 0; i < 4; i += 1) officials.push(await signedInAs(t, 'official'));
  });
  afterAll(() => t.close());

  const official = (i: number): SignedIn => {
    const found = officials[i];
    if (found === undefined) throw new Error(`no official ${i}`);
    return found;
  };

  const putPolicy = (as: SignedIn, type: string, purpose: string, body: unknown) =>
    t.request('PUT', `/api/approval-policies/${type}/${purpose}`, { token: as.token, body });

  async function submitted(type: AgreementType): Promise<AgreementView> {
    const draft = await givenDraftAgreement(t, manager, { type });
    const response = await actOn(t, manager, draft, 'submit');
    if (response.status !== 200) throw new Error(`submit failed: ${response.text}`);
    return response.json<AgreementView>();
  }

  async function inboxOf(as: SignedIn): Promise<ApprovalInboxItem[]> {
    const response = await t.request('GET', '/api/approvals/inbox', { token: as.token });
    expect(response.status).toBe(200);
    return response.json<ApprovalInboxItem[]>();
  }

  async function eventsOf(agreementId: string) {
    const { rows } = await t.sql.query<{ type: string; payload: Record<string, unknown> }>(
      `SELECT type, payload FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [agreementId],
    );
    return rows;
  }

  describe('policies', () => {
    it('lists every type and purpose, the default where none was saved', async () => {
      const response = await t.request('GET', '/api/approval-policies', { token: auditor.token });
      expect(response.status).toBe(200);
      const policies = response.json<ApprovalPolicyView[]>();
      // Four agreement types × three purposes (draft, clearance, review).
      expect(policies).toHaveLength(12);
      expect(policies.find((p) => p.agreementType === 'mou' && p.purpose === 'draft')).toEqual({
        agreementType: 'mou',
        purpose: 'draft',
        steps: [
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 1 },
            deadlineDays: 5,
          },
        ],
        reapproval: 'all',
        revision: 0,
        updatedAt: null,
        updatedBy: null,
      });
    });

    it('lets only an admin edit a policy, recording nothing otherwise', async () => {
      const body = {
        steps: [
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 2 },
            deadlineDays: 3,
          },
        ],
      };
      const refused = await putPolicy(official(0), 'mou', 'clearance', body);
      expect(refused.status).toBe(403);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      const { rows } = await t.sql.query(`SELECT * FROM approval_policies`);
      expect(rows).toEqual([]);
    });

    it.each([
      ['no step', { steps: [] }, 'steps'],
      [
        'N above the named approvers',
        {
          steps: [
            {
              approvers: { kind: 'users', userIds: ['00000000-0000-4000-8000-000000000001'] },
              rule: { kind: 'any', count: 2 },
              deadlineDays: 3,
            },
          ],
        },
        'steps.0.rule.count',
      ],
      [
        'a deadline under a day',
        {
          steps: [
            {
              approvers: { kind: 'role', role: 'official' },
              rule: { kind: 'any', count: 1 },
              deadlineDays: 0,
            },
          ],
        },
        'steps.0.deadlineDays',
      ],
    ])('refuses %s with 400 naming the field', async (_, body, field) => {
      const response = await putPolicy(admin, 'mou', 'clearance', body);
      expect(response.status).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain(field);
    });

    it.each([
      [
        'a named user who does not exist',
        () => '00000000-0000-4000-8000-000000000001',
        'APPROVER_UNKNOWN',
      ],
      ['a named user whose role may not approve', () => manager.user.id, 'APPROVER_NOT_PERMITTED'],
    ])('refuses %s with 422 pointing at that user, saving nothing', async (_, named, code) => {
      const response = await putPolicy(admin, 'programme', 'clearance', {
        steps: [
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 1 },
            deadlineDays: 3,
          },
          {
            approvers: { kind: 'users', userIds: [official(0).user.id, named()] },
            rule: { kind: 'all' },
            deadlineDays: 3,
          },
        ],
      });
      expect(response.status).toBe(422);
      expect(response.json<Problem>()).toMatchObject({
        code,
        errors: [{ field: 'steps.1.approvers.userIds.1' }],
      });
      const { rows } = await t.sql.query(
        `SELECT * FROM approval_policies WHERE agreement_type = 'programme' AND purpose = 'clearance'`,
      );
      expect(rows).toEqual([]);
    });

    it('refuses an unknown type or purpose with 400', async () => {
      const response = await putPolicy(admin, 'treaty', 'draft', { steps: [] });
      expect(response.status).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toContain('type');
    });

    it('saves a valid policy and records each change in the log', async () => {
      const body = {
        steps: [
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 1 },
            deadlineDays: 7,
          },
        ],
      };
      const first = await putPolicy(admin, 'mou', 'clearance', body);
      const second = await putPolicy(admin, 'mou', 'clearance', body);
      expect(first.status).toBe(200);
      expect(second.json<ApprovalPolicyView>()).toMatchObject({ revision: 2, steps: body.steps });
      const { rows } = await t.sql.query<{ type: string; payload: { revision: number } }>(
        `SELECT type, payload FROM events WHERE type = 'ApprovalPolicyChanged' ORDER BY position`,
      );
      expect(rows.map((row) => row.payload.revision)).toEqual([1, 2]);
    });
  });

  describe('a two-step approval', () => {
    it('moves only when both steps are done, each by its own approvers, and the snapshot holds', async () => {
      const saved = await putPolicy(admin, 'programme', 'draft', {
        steps: [
          {
            approvers: { kind: 'users', userIds: [official(0).user.id] },
            rule: { kind: 'all' },
            deadlineDays: 2,
          },
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 1 },
            deadlineDays: 5,
          },
        ],
      });
      expect(saved.status).toBe(200);
      let agreement = await submitted('programme');

      // Editing the policy now does not change the approval already running.
      await putPolicy(admin, 'programme', 'draft', {
        steps: [
          {
            approvers: { kind: 'role', role: 'official' },
            rule: { kind: 'any', count: 1 },
            deadlineDays: 1,
          },
        ],
      });

      // Only the approvers of the current step are offered the deciding actions.
      const actionsOf = async (as: SignedIn) =>
        (
          await t.request('GET', `/api/agreements/${agreement.id}`, { token: as.token })
        ).json<AgreementDetailView>().allowedActions;
      expect(await actionsOf(official(0))).toEqual(expect.arrayContaining(['approve', 'reject']));
      expect(await actionsOf(official(1))).not.toContain('approve');
      expect(await actionsOf(official(1))).not.toContain('reject');

      const notYet = await actOn(t, official(1), agreement, 'approve', {});
      expect(notYet.status).toBe(403);
      expect(notYet.json<Problem>().code).toBe('NOT_AN_APPROVER');

      const firstStep = await actOn(t, official(0), agreement, 'approve', { comment: 'Bước 1' });
      expect(firstStep.status).toBe(200);
      agreement = firstStep.json<AgreementView>();
      expect(firstStep.json<AgreementDetailView>().allowedActions).not.toContain('approve');
      expect(await actionsOf(official(1))).toContain('approve');
      expect(`${agreement.status}.${agreement.step}`).toBe('draft.awaiting_approval');

      const twice = await actOn(t, official(0), agreement, 'approve', {});
      expect(twice.status).toBe(409);
      expect(twice.json<Problem>().code).toBe('ALREADY_DECIDED');

      const secondStep = await actOn(t, official(1), agreement, 'approve', { comment: 'Bước 2' });
      expect(secondStep.status).toBe(200);
      expect(secondStep.json<AgreementView>()).toMatchObject({ status: 'draft', step: 'approved' });

      expect((await eventsOf(agreement.id)).map((event) => event.type)).toEqual([
        'AgreementDrafted',
        'AgreementSubmittedForApproval',
        'ApprovalDecisionRecorded',
        'ApprovalDecisionRecorded',
        'DraftApproved',
      ]);
      const view = await t.request('GET', `/api/agreements/${agreement.id}/approval`, {
        token: auditor.token,
      });
      const { approval } = view.json<AgreementApprovalResponse>();
      expect(approval?.outcome).toBe('approved');
      expect(approval?.steps.map((step) => step.decisions.map((d) => d.decidedBy.id))).toEqual([
        [official(0).user.id],
        [official(1).user.id],
      ]);
    });
  });

  describe('sending back', () => {
    it.each([
      ['reject', 'rejected'],
      ['request-changes', 'changes_requested'],
    ])(
      '%s returns the draft to editing, recording its intent and who decided',
      async (action, intent) => {
        const agreement = await submitted('amendment');
        const response = await actOn(t, official(1), agreement, action, {
          comment: 'Thiếu ngân sách',
        });
        expect(response.status).toBe(200);
        expect(response.json<AgreementView>()).toMatchObject({ status: 'draft', step: 'editing' });
        const last = (await eventsOf(agreement.id)).at(-1);
        expect(last).toEqual({
          type: 'DraftReturnedForChanges',
          payload: {
            comment: 'Thiếu ngân sách',
            intent,
            step: 0,
            decidedBy: official(1).user.id,
            onBehalfOf: null,
          },
        });
        const { approval } = (
          await t.request('GET', `/api/agreements/${agreement.id}/approval`, {
            token: manager.token,
          })
        ).json<AgreementApprovalResponse>();
        expect(approval?.outcome).toBe(intent);
      },
    );
  });

  describe('delegation', () => {
    it('records the substitute deciding on behalf of the delegator within the period', async () => {
      await putPolicy(admin, 'cooperation_agreement', 'draft', {
        steps: [
          {
            approvers: { kind: 'users', userIds: [official(2).user.id] },
            rule: { kind: 'all' },
            deadlineDays: 3,
          },
        ],
      });
      const agreement = await submitted('cooperation_agreement');

      const before = await actOn(t, official(3), agreement, 'approve', {});
      expect(before.status).toBe(403);

      const granted = await t.request('POST', '/api/delegations', {
        token: official(2).token,
        body: { substituteId: official(3).user.id, from: isoDay(-1), to: isoDay(1) },
      });
      expect(granted.status).toBe(201);
      const delegation = granted.json<DelegationView>();
      expect(delegation.substitute.id).toBe(official(3).user.id);

      const inbox = await inboxOf(official(3));
      expect(inbox.find((item) => item.agreementId === agreement.id)?.onBehalfOf?.id).toBe(
        official(2).user.id,
      );

      const approved = await actOn(t, official(3), agreement, 'approve', { comment: 'Thay mặt' });
      expect(approved.status).toBe(200);
      const decision = (await eventsOf(agreement.id)).find(
        (event) => event.type === 'ApprovalDecisionRecorded',
      );
      expect(decision?.payload).toMatchObject({
        decidedBy: official(3).user.id,
        onBehalfOf: official(2).user.id,
      });
      const { approval } = (
        await t.request('GET', `/api/agreements/${agreement.id}/approval`, { token: manager.token })
      ).json<AgreementApprovalResponse>();
      expect(approval?.steps[0]?.decisions[0]?.onBehalfOf?.id).toBe(official(2).user.id);
      const history = (
        await t.request('GET', `/api/agreements/${agreement.id}/events`, { token: auditor.token })
      ).json<AgreementEventView[]>();
      const recorded = history.find((event) => event.type === 'ApprovalDecisionRecorded');
      expect(recorded?.actor.id).toBe(official(3).user.id);
      expect(recorded?.onBehalfOf?.id).toBe(official(2).user.id);
      expect(history.find((event) => event.type === 'AgreementDrafted')).not.toHaveProperty(
        'onBehalfOf',
      );

      const grantEvents = await t.sql.query(`SELECT type FROM events WHERE stream_id = $1`, [
        delegation.id,
      ]);
      expect(grantEvents.rows).toEqual([{ type: 'DelegationGranted' }]);
    });

    it('refuses a delegation to oneself, and lets only the delegator revoke it', async () => {
      const self = await t.request('POST', '/api/delegations', {
        token: official(0).token,
        body: { substituteId: official(0).user.id, from: isoDay(0), to: isoDay(2) },
      });
      expect(self.status).toBe(400);
      expect(self.json<Problem>().errors?.[0]?.field).toBe('substituteId');

      const granted = (
        await t.request('POST', '/api/delegations', {
          token: official(0).token,
          body: { substituteId: official(1).user.id, from: isoDay(0), to: isoDay(2) },
        })
      ).json<DelegationView>();
      const byOther = await t.request('DELETE', `/api/delegations/${granted.id}`, {
        token: official(1).token,
      });
      expect(byOther.status).toBe(403);
      const revoked = await t.request('DELETE', `/api/delegations/${granted.id}`, {
        token: official(0).token,
      });
      expect(revoked.status).toBe(200);
      expect(revoked.json<DelegationView>().revokedAt).not.toBeNull();
    });
  });

  describe('the inbox', () => {
    it('lists the pending steps the caller may decide, overdue first and marked', async () => {
      const soon = await submitted('programme'); // the edited policy: any official, 1 day
      const later = await submitted('amendment'); // the default: any official, 5 days
      const ids = [soon.id, later.id];
      const mine = (items: ApprovalInboxItem[]) =>
        items.filter((item) => ids.includes(item.agreementId));

      expect(mine(await inboxOf(official(0))).map((item) => item.agreementId)).toEqual([
        soon.id,
        later.id,
      ]);
      expect(await inboxOf(manager)).toEqual([]);

      // Time passes for the later one: its step is now overdue and leads the inbox.
      await t.sql.query(
        `UPDATE agreement_approvals SET due_at = now() - interval '1 day' WHERE agreement_id = $1`,
        [later.id],
      );
      const items = mine(await inboxOf(official(0)));
      expect(items.map((item) => [item.agreementId, item.overdue])).toEqual([
        [later.id, true],
        [soon.id, false],
      ]);
      expect(items[1]).toMatchObject({ purpose: 'draft', step: 0, stepCount: 1, version: 2 });
    });

    it('leaves out an agreement to an observer, who may not act on it', async () => {
      const agreement = await submitted('amendment');
      const named = await t.request('PUT', `/api/agreements/${agreement.id}/observers`, {
        token: manager.token,
        body: { userIds: [official(2).user.id] },
      });
      expect(named.status).toBe(200);
      expect((await inboxOf(official(2))).map((item) => item.agreementId)).not.toContain(
        agreement.id,
      );
      const attempt = await actOn(t, official(2), agreement, 'approve', {});
      expect(attempt.status).toBe(403);
      expect(attempt.json<Problem>().code).toBe('OBSERVER_CANNOT_ACT');
    });
  });

  describe('people', () => {
    it('lists the users one may name, to those who take part in approvals only', async () => {
      const response = await t.request('GET', '/api/approvals/people', { token: manager.token });
      expect(response.status).toBe(200);
      const ids = response.json<Array<{ id: string }>>().map((user) => user.id);
      expect(ids).toEqual(expect.arrayContaining(officials.map((o) => o.user.id)));
      const refused = await t.request('GET', '/api/approvals/people', { token: auditor.token });
      expect(refused.status).toBe(403);
    });
  });

  describe('bulk approve', () => {
    it('runs each item at its own version and answers per item; a stale one gets 409', async () => {
      const fresh = await submitted('amendment');
      const stale = await submitted('amendment');
      const response = await t.request('POST', '/api/approvals/bulk-approve', {
        token: official(3).token,
        body: {
          items: [
            { agreementId: fresh.id, version: fresh.version },
            { agreementId: stale.id, version: stale.version - 1 },
          ],
          comment: 'Đồng ý',
        },
      });
      expect(response.status).toBe(200);
      const results = response.json<BulkApproveResult[]>();
      expect(results[0]).toEqual({ agreementId: fresh.id, ok: true, version: fresh.version + 2 });
      expect(results[1]).toMatchObject({
        agreementId: stale.id,
        ok: false,
        status: 409,
        code: 'CONCURRENCY_CONFLICT',
        currentVersion: stale.version,
      });
      expect((await eventsOf(stale.id)).map((event) => event.type)).toEqual([
        'AgreementDrafted',
        'AgreementSubmittedForApproval',
      ]);
    });

    it('answers a repeat with the same Idempotency-Key and body from memory, approving nothing twice', async () => {
      const first = await submitted('amendment');
      const second = await submitted('amendment');
      const key = randomUUID();
      const body = {
        items: [
          { agreementId: first.id, version: first.version },
          { agreementId: second.id, version: second.version - 1 },
        ],
      };
      const bulk = (sent: unknown) =>
        t.request('POST', '/api/approvals/bulk-approve', {
          token: official(3).token,
          body: sent,
          headers: { 'idempotency-key': key },
        });

      const original = await bulk(body);
      const replay = await bulk(body);

      expect(original.status).toBe(200);
      expect(original.json<BulkApproveResult[]>()[0]).toMatchObject({ ok: true });
      expect(replay.status).toBe(200);
      expect(replay.json()).toEqual(original.json());
      expect(replay.headers['idempotent-replayed']).toBe('true');
      const decisions = (await eventsOf(first.id)).filter(
        (event) => event.type === 'ApprovalDecisionRecorded',
      );
      expect(decisions).toHaveLength(1);
    });

    it('refuses the same Idempotency-Key with another body with 422, approving nothing', async () => {
      const first = await submitted('amendment');
      const second = await submitted('amendment');
      const key = randomUUID();
      const bulk = (agreement: AgreementView) =>
        t.request('POST', '/api/approvals/bulk-approve', {
          token: official(3).token,
          body: { items: [{ agreementId: agreement.id, version: agreement.version }] },
          headers: { 'idempotency-key': key },
        });

      expect((await bulk(first)).status).toBe(200);
      const reused = await bulk(second);

      expect(reused.status).toBe(422);
      expect(reused.json<Problem>().code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect((await eventsOf(second.id)).map((event) => event.type)).toEqual([
        'AgreementDrafted',
        'AgreementSubmittedForApproval',
      ]);
    });

    it('refuses a malformed list with 400 naming the field', async () => {
      const response = await t.request('POST', '/api/approvals/bulk-approve', {
        token: official(3).token,
        body: { items: [{ agreementId: 'nope', version: 1 }] },
      });
      expect(response.status).toBe(400);
      expect(response.json<Problem>().errors?.[0]?.field).toBe('items.0.agreementId');
    });
  });
});
