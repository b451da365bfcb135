import { randomUUID } from 'node:crypto';
import type { AgreementDetailView, AgreementView } from '@concordat/domain';
import {
  actOn,
  eventCount,
  givenAgreementAt,
  givenDraftAgreement,
  type LifecycleCast,
  type SignedIn,
  signatureBody,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { SAMPLE_TEXT } from './support/text-fixtures.js';

interface Problem {
  status: number;
  code: string;
  detail: string;
  currentVersion?: number;
  errors?: Array<{ field: string; message: string }>;
}

describe('agreement commands: POST /api/agreements/{id}/{action}', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let auditor: SignedIn;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    auditor = await signedInAs(t, 'auditor');
    admin = await signedInAs(t, 'admin');
  });
  afterAll(() => t.close());

  const at = (view: AgreementView) => `${view.status}.${view.step}`;

  describe('every command route moves the agreement and answers it with its new ETag', () => {
    const cases: Array<{
      action: string;
      from: string;
      as: keyof LifecycleCast;
      body: Record<string, unknown>;
      to: string;
      before?: Array<{ action: string; as: keyof LifecycleCast; body: Record<string, unknown> }>;
    }> = [
      {
        action: 'edit',
        from: 'draft.editing',
        as: 'manager',
        body: { endsOn: '2030-12-31' },
        to: 'draft.editing',
      },
      {
        action: 'submit',
        from: 'draft.editing',
        as: 'manager',
        body: {},
        to: 'draft.awaiting_approval',
      },
      {
        action: 'approve',
        from: 'draft.awaiting_approval',
        as: 'official',
        body: { comment: 'OK' },
        to: 'draft.approved',
      },
      {
        action: 'reject',
        from: 'draft.awaiting_approval',
        as: 'official',
        body: { comment: 'Name the partner' },
        to: 'draft.editing',
      },
      {
        action: 'request-changes',
        from: 'draft.awaiting_approval',
        as: 'official',
        body: { comment: 'Add dates' },
        to: 'draft.editing',
      },
      {
        action: 'start-negotiation',
        from: 'draft.approved',
        as: 'legal',
        body: {},
        to: 'negotiation.in_round',
      },
      {
        action: 'edit',
        from: 'negotiation.in_round',
        as: 'legal',
        body: { ourOrganisation: 'VSA' },
        to: 'negotiation.in_round',
      },
      {
        action: 'finalize',
        from: 'negotiation.in_round',
        as: 'legal',
        body: {},
        to: 'negotiation.text_final',
      },
      {
        action: 'add-round',
        from: 'negotiation.text_final',
        as: 'legal',
        body: { proposedBy: 'partner', text: SAMPLE_TEXT },
        to: 'negotiation.in_round',
      },
      {
        action: 'request-clearance',
        from: 'negotiation.text_final',
        as: 'legal',
        body: {},
        to: 'negotiation.awaiting_clearance',
      },
      {
        action: 'approve',
        from: 'negotiation.awaiting_clearance',
        as: 'official',
        body: {},
        to: 'negotiation.cleared_to_sign',
      },
      {
        action: 'reject',
        from: 'negotiation.awaiting_clearance',
        as: 'official',
        body: { comment: 'Clause 4' },
        to: 'negotiation.text_final',
      },
      {
        action: 'request-changes',
        from: 'negotiation.awaiting_clearance',
        as: 'official',
        body: { comment: 'Clause 5' },
        to: 'negotiation.text_final',
      },
      {
        action: 'open-signing',
        from: 'negotiation.cleared_to_sign',
        as: 'official',
        body: {},
        to: 'signing.collecting_signatures',
      },
      {
        action: 'sign',
        from: 'signing.collecting_signatures',
        as: 'official',
        body: signatureBody('ours'),
        // One party of two: the signature is recorded, the agreement waits for the other.
        to: 'signing.collecting_signatures',
      },
      {
        action: 'suspend',
        from: 'active.in_force',
        as: 'official',
        body: { reason: 'Reorganisation' },
        to: 'active.suspended',
      },
      {
        action: 'resume',
        from: 'active.in_force',
        before: [{ action: 'suspend', as: 'official', body: { reason: 'Pause' } }],
        as: 'official',
        body: {},
        to: 'active.in_force',
      },
      {
        action: 'start-review',
        from: 'active.in_force',
        as: 'official',
        body: { dueOn: '2028-12-01' },
        to: 'review.under_review',
      },
      // Under review the decision is proposed, and the review policy's approval applies it.
      {
        action: 'renew',
        from: 'review.under_review',
        as: 'manager',
        body: { endsOn: '2034-03-14' },
        to: 'review.awaiting_decision',
      },
      {
        action: 'expire',
        from: 'review.under_review',
        as: 'official',
        body: {},
        to: 'review.awaiting_decision',
      },
      {
        action: 'terminate',
        from: 'review.under_review',
        as: 'official',
        body: { reason: 'Partner dissolved', terminatedOn: '2026-06-30' },
        to: 'review.awaiting_decision',
      },
      {
        action: 'approve',
        from: 'review.under_review',
        before: [{ action: 'renew', as: 'manager', body: { endsOn: '2034-03-14' } }],
        as: 'official',
        body: { comment: 'Đồng ý' },
        to: 'active.in_force',
      },
      {
        action: 'approve',
        from: 'review.under_review',
        before: [{ action: 'expire', as: 'manager', body: {} }],
        as: 'official',
        body: {},
        to: 'expired.closed',
      },
      {
        action: 'reject',
        from: 'review.under_review',
        before: [{ action: 'renew', as: 'manager', body: { endsOn: '2031-03-14' } }],
        as: 'official',
        body: { comment: 'Wait for the 2027 camp' },
        to: 'review.under_review',
      },
      {
        action: 'terminate',
        from: 'active.in_force',
        as: 'official',
        body: { reason: 'Ended', terminatedOn: '2026-06-30' },
        to: 'terminated.closed',
      },
      {
        action: 'withdraw',
        from: 'draft.editing',
        as: 'manager',
        body: { reason: 'Not needed' },
        to: 'withdrawn.closed',
      },
      {
        action: 'withdraw',
        from: 'signing.collecting_signatures',
        as: 'manager',
        body: { reason: 'Partner left' },
        to: 'withdrawn.closed',
      },
    ];

    it.each(cases)(
      '$action from $from by the $as leads to $to',
      async ({ action, from, as, body, to, before = [] }) => {
        let agreement: AgreementView = await givenAgreementAt(t, cast, from);
        for (const step of before) {
          agreement = (
            await actOn(t, cast[step.as], agreement, step.action, step.body)
          ).json<AgreementView>();
        }
        const events = await eventCount(t, agreement.id);

        const response = await actOn(t, cast[as], agreement, action, body);
        // An approval records the approver's decision, then the move it completes.
        const written = action === 'approve' ? 2 : 1;

        expect(response.status).toBe(200);
        const view = response.json<AgreementDetailView>();
        expect(at(view)).toBe(to);
        expect(view.version).toBe(agreement.version + written);
        expect(response.headers.etag).toBe(`"${view.version}"`);
        expect(Array.isArray(view.allowedActions)).toBe(true);
        expect(await eventCount(t, agreement.id)).toBe(events + written);
        const read = await t.request('GET', `/api/agreements/${agreement.id}`, {
          token: auditor.token,
        });
        expect(at(read.json<AgreementView>())).toBe(to);
      },
    );
  });

  describe('refusals write nothing', () => {
    it('answers 409 TRANSITION_NOT_ALLOWED for a command the step does not allow', async () => {
      const draft = await givenDraftAgreement(t, cast.manager);
      for (const action of ['approve', 'sign', 'renew', 'start-negotiation']) {
        const body =
          action === 'sign'
            ? signatureBody('ours')
            : action === 'renew'
              ? { endsOn: '2030-01-01' }
              : {};
        const response = await actOn(t, cast.official, draft, action, body);
        expect(response.status).toBe(409);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json<Problem>().code).toBe('TRANSITION_NOT_ALLOWED');
      }
      expect(await eventCount(t, draft.id)).toBe(1);
    });

    it('answers 422 REQUIRED_FIELD_MISSING naming the field when a draft lacks partners', async () => {
      const draft = await givenDraftAgreement(t, cast.manager, { partners: [] });
      const response = await actOn(t, cast.manager, draft, 'submit');
      expect(response.status).toBe(422);
      expect(response.json<Problem>()).toMatchObject({
        code: 'REQUIRED_FIELD_MISSING',
        errors: [{ field: 'partners' }],
      });
      expect(await eventCount(t, draft.id)).toBe(1);
    });

    it('answers 400 naming the fields the command schema refuses', async () => {
      const submitted = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const blank = await actOn(t, cast.official, submitted, 'reject', { comment: '  ' });
      expect(blank.status).toBe(400);
      expect(blank.json<Problem>().errors).toEqual([
        { field: 'comment', message: 'is required and must not be blank' },
      ]);
      const unknown = await actOn(t, cast.official, submitted, 'approve', {
        comment: 'ok',
        extra: 1,
      });
      expect(unknown.status).toBe(400);
      expect(unknown.json<Problem>().errors).toEqual([
        { field: 'extra', message: 'is not a known field' },
      ]);
      expect(await eventCount(t, submitted.id)).toBe(2);
    });

    it.each([
      ['auditor', 'approve'],
      ['legal', 'approve'],
      ['manager', 'approve'],
      ['manager', 'reject'],
    ] as const)('answers 403 ROLE_NOT_PERMITTED when the %s tries to %s', async (role, action) => {
      const submitted = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const as = role === 'auditor' ? auditor : cast[role];
      const response = await actOn(t, as, submitted, action, { comment: 'Trying' });
      expect(response.status).toBe(403);
      expect(response.json<Problem>().code).toBe('ROLE_NOT_PERMITTED');
      expect(await eventCount(t, submitted.id)).toBe(2);
    });

    it('answers 403 SELF_APPROVAL_FORBIDDEN when an admin approves their own draft', async () => {
      let draft: AgreementView = await givenDraftAgreement(t, admin);
      draft = (await actOn(t, admin, draft, 'submit')).json<AgreementView>();
      const response = await actOn(t, admin, draft, 'approve');
      expect(response.status).toBe(403);
      expect(response.json<Problem>().code).toBe('SELF_APPROVAL_FORBIDDEN');
      expect(await eventCount(t, draft.id)).toBe(2);
    });

    it('answers 404 naming an unknown command', async () => {
      const draft = await givenDraftAgreement(t, cast.manager);
      const response = await actOn(t, cast.manager, draft, 'explode');
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().detail).toContain('"explode"');
    });

    it('answers 404 for an agreement nobody created', async () => {
      const response = await actOn(t, cast.manager, { id: randomUUID(), version: 1 }, 'submit');
      expect(response.status).toBe(404);
      expect(response.json<Problem>().code).toBe('AGREEMENT_NOT_FOUND');
    });
  });

  describe('If-Match', () => {
    it('is required: 428 problem without it', async () => {
      const draft = await givenDraftAgreement(t, cast.manager);
      const response = await t.request('POST', `/api/agreements/${draft.id}/submit`, {
        token: cast.manager.token,
        body: {},
      });
      expect(response.status).toBe(428);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().code).toBe('PRECONDITION_REQUIRED');
      expect(await eventCount(t, draft.id)).toBe(1);
    });

    it('accepts the version quoted or bare, and refuses anything else with 400', async () => {
      const draft = await givenDraftAgreement(t, cast.manager);
      const bare = await actOn(
        t,
        cast.manager,
        draft,
        'edit',
        { endsOn: '2031-01-01' },
        { 'if-match': '1' },
      );
      expect(bare.status).toBe(200);
      const malformed = await actOn(
        t,
        cast.manager,
        bare.json<AgreementView>(),
        'submit',
        {},
        { 'if-match': 'W/"abc"' },
      );
      expect(malformed.status).toBe(400);
      expect(malformed.json<Problem>().errors?.[0]?.field).toBe('If-Match');
    });

    it('answers a stale version with 409 and the version the agreement is at', async () => {
      const draft = await givenDraftAgreement(t, cast.manager);
      await actOn(t, cast.manager, draft, 'edit', { endsOn: '2031-01-01' });
      const stale = await actOn(t, cast.manager, draft, 'submit');
      expect(stale.status).toBe(409);
      expect(stale.json<Problem>()).toMatchObject({
        code: 'CONCURRENCY_CONFLICT',
        currentVersion: 2,
      });
      expect(await eventCount(t, draft.id)).toBe(2);
    });

    it('lets exactly one of 8 parallel commands at the same version win; the others get 409', async () => {
      const submitted = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          i % 2 === 0
            ? actOn(t, cast.official, submitted, 'approve', { comment: `yes ${i}` })
            : actOn(t, cast.official, submitted, 'reject', { comment: `no ${i}` }),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
      // A winning approval writes two events (decision, then move), a rejection one.
      const winner = responses.find((response) => response.status === 200);
      const won = winner?.json<AgreementView>().version;
      expect([3, 4]).toContain(won);
      for (const lost of responses.filter((response) => response.status === 409))
        expect(lost.json<Problem>()).toMatchObject({
          code: 'CONCURRENCY_CONFLICT',
          currentVersion: won,
        });
      expect(await eventCount(t, submitted.id)).toBe(won);
      const { rows } = await t.sql.query<{ version: number }>(
        `SELECT version FROM agreements WHERE id = $1`,
        [submitted.id],
      );
      expect(rows[0]?.version).toBe(won);
    });
  });

  describe('Idempotency-Key', () => {
    it('replays the first response for the same key and body, recording one event', async () => {
      const submitted = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const key = randomUUID();
      const first = await actOn(
        t,
        cast.official,
        submitted,
        'approve',
        { comment: 'OK' },
        { 'idempotency-key': key },
      );
      const again = await actOn(
        t,
        cast.official,
        submitted,
        'approve',
        { comment: 'OK' },
        { 'idempotency-key': key },
      );

      expect(first.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.json()).toEqual(first.json());
      expect(again.headers.etag).toBe(first.headers.etag);
      expect(again.headers['idempotent-replayed']).toBe('true');
      // Drafted, submitted, the decision recorded and the draft approved: once, not twice.
      expect(await eventCount(t, submitted.id)).toBe(4);
    });

    it('refuses the same key with another body with 422, recording nothing', async () => {
      const draft = await givenDraftAgreement(t, cast.manager);
      const key = randomUUID();
      const first = await actOn(
        t,
        cast.manager,
        draft,
        'edit',
        { endsOn: '2031-01-01' },
        { 'idempotency-key': key },
      );
      expect(first.status).toBe(200);
      const other = await actOn(
        t,
        cast.manager,
        first.json<AgreementView>(),
        'edit',
        { endsOn: '2032-01-01' },
        { 'idempotency-key': key },
      );
      expect(other.status).toBe(422);
      expect(other.json<Problem>().code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await eventCount(t, draft.id)).toBe(2);
    });

    it('keeps keys per user: another user with the same key runs their own request', async () => {
      const key = randomUUID();
      const first = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const second = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const withdrawn = await actOn(
        t,
        cast.manager,
        first,
        'withdraw',
        { reason: 'x' },
        { 'idempotency-key': key },
      );
      const approved = await actOn(
        t,
        cast.official,
        second,
        'approve',
        {},
        { 'idempotency-key': key },
      );
      expect(withdrawn.status).toBe(200);
      expect(approved.status).toBe(200);
      expect(approved.headers['idempotent-replayed']).toBeUndefined();
      expect(at(approved.json<AgreementView>())).toBe('draft.approved');
    });

    it('runs concurrent duplicates once; every duplicate gets the same answer', async () => {
      const submitted = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const key = randomUUID();
      const responses = await Promise.all(
        Array.from({ length: 6 }, () =>
          actOn(
            t,
            cast.official,
            submitted,
            'approve',
            { comment: 'OK' },
            { 'idempotency-key': key },
          ),
        ),
      );
      for (const response of responses) {
        expect(response.status).toBe(200);
        expect(response.json<AgreementView>().version).toBe(4);
      }
      expect(await eventCount(t, submitted.id)).toBe(4);
    });

    it('does not remember a refused request, so a corrected retry with the key runs', async () => {
      const submitted = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const key = randomUUID();
      const refused = await actOn(
        t,
        cast.official,
        submitted,
        'reject',
        { comment: '' },
        { 'idempotency-key': key },
      );
      expect(refused.status).toBe(400);
      const { rows } = await t.sql.query(`SELECT 1 FROM idempotency_keys WHERE key = $1`, [key]);
      expect(rows).toHaveLength(0);
    });

    it('makes POST /api/agreements idempotent too', async () => {
      const key = randomUUID();
      const body = { title: { vi: `Thỏa thuận ${key}` }, type: 'mou' };
      const first = await t.request('POST', '/api/agreements', {
        token: cast.manager.token,
        body,
        headers: { 'idempotency-key': key },
      });
      const again = await t.request('POST', '/api/agreements', {
        token: cast.manager.token,
        body: { type: 'mou', title: body.title },
        headers: { 'idempotency-key': key },
      });
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.json<AgreementView>().id).toBe(first.json<AgreementView>().id);
      expect(again.headers.location).toBe(first.headers.location);
      const { rows } = await t.sql.query<{ n: string }>(
        `SELECT count(*) AS n FROM agreements WHERE title->>'vi' = $1`,
        [body.title.vi],
      );
      expect(Number(rows[0]?.n)).toBe(1);
      const other = await t.request('POST', '/api/agreements', {
        token: cast.manager.token,
        body: { title: { vi: 'khác' } },
        headers: { 'idempotency-key': key },
      });
      expect(other.status).toBe(422);
    });
  });

  describe('allowedActions', () => {
    it('answers per caller what they may run now on a submitted draft', async () => {
      const submitted = await givenAgreementAt(t, cast, 'draft.awaiting_approval');
      const actionsOf = async (as: SignedIn) =>
        (
          await t.request('GET', `/api/agreements/${submitted.id}`, { token: as.token })
        ).json<AgreementDetailView>().allowedActions;

      expect(await actionsOf(cast.official)).toEqual(['approve', 'reject']);
      expect(await actionsOf(cast.manager)).toEqual(['withdraw']);
      expect(await actionsOf(cast.legal)).toEqual([]);
      expect(await actionsOf(auditor)).toEqual([]);
      expect(await actionsOf(admin)).toEqual(['approve', 'reject', 'withdraw']);
    });

    it('offers the drafter edit, submit, withdraw and edit-text while editing, and nothing once closed', async () => {
      const draft = await givenDraftAgreement(t, cast.manager);
      const get = async () =>
        (
          await t.request('GET', `/api/agreements/${draft.id}`, { token: cast.manager.token })
        ).json<AgreementDetailView>();
      expect((await get()).allowedActions).toEqual(['edit', 'submit', 'withdraw', 'edit-text']);
      await actOn(t, cast.manager, draft, 'withdraw', { reason: 'x' });
      expect((await get()).allowedActions).toEqual([]);
    });

    it('leaves allowedActions out of the list, which stays cheap', async () => {
      const response = await t.request('GET', '/api/agreements', { token: cast.manager.token });
      const page = response.json<{ items: Array<Record<string, unknown>> }>();
      expect(page.items.length).toBeGreaterThan(0);
      for (const item of page.items) expect(item).not.toHaveProperty('allowedActions');
    });
  });
});
