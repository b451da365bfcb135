import { randomUUID } from 'node:crypto';
import type { AgreementReviewView } from '@concordat/domain';
import { givenCommitment, runOn } from './support/commitment-factories.js';
import {
  actOk,
  givenAgreementAt,
  givenDraftAgreement,
  signedInAs,
  type LifecycleCast,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TestClock } from './support/test-clock.js';

describe('GET /api/agreements/{id}/review', () => {
  const clock = new TestClock('2026-12-20T09:00:00.000Z');
  let t: TestApp;
  let cast: LifecycleCast;

  beforeAll(async () => {
    t = await startTestApp({ clock });
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
  });
  afterAll(() => t.close());

  const readReview = async (id: string, token = cast.official.token) => {
    const response = await t.request('GET', `/api/agreements/${id}/review`, { token });
    return { status: response.status, review: response.json<AgreementReviewView>() };
  };

  it('is pre-filled with the scorecard, the partner history and the open items', async () => {
    // A partner of this test alone, so other tests' agreements stay out of its history.
    const partner = { name: `FAVIJA ${randomUUID().slice(0, 6)}`, country: 'JP' };
    const overrides = { partners: [partner], termMonths: 36 };
    const earlier = await givenDraftAgreement(t, cast.manager, {
      ...overrides,
      startsOn: '2019-01-01',
      endsOn: '2022-12-31',
    });
    const unrelated = await givenDraftAgreement(t, cast.manager);
    const agreement = await givenAgreementAt(t, cast, 'active.in_force', overrides);

    const done = await givenCommitment(t, cast.manager, agreement, {
      schedule: { kind: 'once', dueOn: '2026-03-01' },
    });
    expect((await runOn(t, cast.manager, done, 'fulfil', { periodKey: '2026-03-01' })).status).toBe(
      200,
    );
    const late = await givenCommitment(t, cast.manager, agreement, {
      schedule: { kind: 'once', dueOn: '2026-10-01' },
    });
    await givenCommitment(t, cast.manager, agreement, {
      schedule: { kind: 'once', dueOn: '2027-06-01' },
    });
    const inReview = await actOk(t, cast.official, agreement, 'start-review');
    await actOk(t, cast.manager, inReview, 'propose-amendment', { reason: 'New sports' });

    const { status, review } = await readReview(agreement.id);
    expect(status).toBe(200);
    expect(review).toMatchObject({
      agreementId: agreement.id,
      asOf: '2026-12-20',
      assignee: { id: cast.manager.user.id, name: cast.manager.user.name },
      partners: [partner],
    });
    expect(review.scorecard.totals).toMatchObject({
      fulfilled: 1,
      overdue: 1,
      planned: 1,
      total: 3,
    });
    expect(review.partnerScorecards.map((card) => card.partner)).toEqual([partner.name]);
    expect(review.partnerScorecards[0]?.totals.total).toBe(3);
    expect(review.partnerAgreements).toEqual([
      expect.objectContaining({
        id: earlier.id,
        status: 'draft',
        startsOn: '2019-01-01',
        endsOn: '2022-12-31',
        sharedPartners: [partner.name],
      }),
    ]);
    expect(review.partnerAgreements.map((other) => other.id)).not.toContain(unrelated.id);
    expect(review.openItems.occurrences.map((o) => [o.commitmentId, o.dueOn, o.overdue])).toEqual([
      [late.id, '2026-10-01', true],
      [expect.any(String), '2027-06-01', false],
    ]);
    expect(review.openItems.amendments).toEqual([
      expect.objectContaining({ number: 1, reason: 'New sports' }),
    ]);
  });

  it('lists a running approval among the open items', async () => {
    const draft = await givenDraftAgreement(t, cast.manager);
    await actOk(t, cast.manager, draft, 'submit');
    const { review } = await readReview(draft.id);
    expect(review.openItems.approvals).toEqual([
      expect.objectContaining({ purpose: 'draft', currentStep: 0 }),
    ]);
    expect(review.assignee).toBeNull();
  });

  it('is readable by an auditor, and answers 404 for an unknown agreement and 401 without a token', async () => {
    const auditor = await signedInAs(t, 'auditor');
    const draft = await givenDraftAgreement(t, cast.manager);
    expect((await readReview(draft.id, auditor.token)).status).toBe(200);
    expect((await readReview(randomUUID())).status).toBe(404);
    const anonymous = await t.request('GET', `/api/agreements/${draft.id}/review`);
    expect(anonymous.status).toBe(401);
  });
});
