import type { AgreementDetailView, AgreementEventView, AgreementView } from '@concordat/domain';
import {
  actOn,
  givenDraftAgreement,
  type LifecycleCast,
  type SignedIn,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  status: number;
  errors?: Array<{ field: string }>;
}

/** The partner's proposal, in Vietnamese and Japanese, both authentic. */
const PARTNER_TEXT = {
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    {
      key: 'camps',
      title: { vi: 'Tập huấn', ja: '合宿' },
      text: { vi: 'Tập huấn chung tại Tokyo.', ja: '東京で合同合宿を行う。' },
    },
  ],
};

describe('GET /api/agreements/{id}?asOf=: an agreement as it stood then', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let auditor: SignedIn;
  let agreement: AgreementView;
  let history: AgreementEventView[];

  beforeAll(async () => {
    t = await startTestApp();
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    auditor = await signedInAs(t, 'auditor');
    agreement = await givenDraftAgreement(t, cast.manager, {
      title: { vi: 'Hợp tác thể thao', en: 'Sport cooperation' },
    });
    const steps: Array<[keyof LifecycleCast, string, object]> = [
      ['manager', 'edit', { endsOn: '2030-12-31' }],
      ['manager', 'submit', {}],
      ['official', 'approve', { comment: 'Đồng ý' }],
      ['legal', 'start-negotiation', {}],
      ['legal', 'add-round', { proposedBy: 'partner', text: PARTNER_TEXT }],
      ['legal', 'review-clause', { clauseKey: 'camps', status: 'cleared' }],
    ];
    for (const [as, action, body] of steps) {
      // Distinct instants per event, so "as of a time" has something to tell apart.
      await new Promise((resolve) => setTimeout(resolve, 5));
      const response = await actOn(t, cast[as], agreement, action, body);
      if (response.status !== 200) throw new Error(`${action}: ${response.text}`);
      agreement = response.json<AgreementView>();
    }
    history = (
      await t.request('GET', `/api/agreements/${agreement.id}/events`, { token: auditor.token })
    ).json<AgreementEventView[]>();
  });
  afterAll(() => t.close());

  const asOf = (value: string) =>
    t.request('GET', `/api/agreements/${agreement.id}?asOf=${encodeURIComponent(value)}`, {
      token: auditor.token,
    });

  it('folds the events up to a version, with no actions and no ETag', async () => {
    const response = await asOf('1');
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBeUndefined();
    expect(response.json<AgreementDetailView>()).toMatchObject({
      id: agreement.id,
      version: 1,
      status: 'draft',
      step: 'editing',
      endsOn: null,
      title: { vi: 'Hợp tác thể thao', en: 'Sport cooperation' },
      createdAt: history[0]?.occurredAt,
      updatedAt: history[0]?.occurredAt,
      allowedActions: [],
    });
    expect((await asOf('2')).json<AgreementDetailView>()).toMatchObject({
      version: 2,
      endsOn: '2030-12-31',
    });
  });

  it('at the current version equals the live read model, bar the actions', async () => {
    const live = (
      await t.request('GET', `/api/agreements/${agreement.id}`, { token: cast.manager.token })
    ).json<AgreementDetailView>();
    const past = (await asOf(String(agreement.version))).json<AgreementDetailView>();
    expect(past).toEqual({ ...live, allowedActions: [] });
    expect(live.allowedActions.length).toBeGreaterThan(0);
  });

  it('shows the text as it stood: the partner round before legal reviewed it, then cleared', async () => {
    const before = (await asOf(String(agreement.version - 1))).json<AgreementDetailView>();
    expect(before.text.current).toMatchObject({ round: 2, proposedBy: 'partner' });
    expect(before.text.current?.clauses[0]?.text).toEqual(PARTNER_TEXT.clauses[0]?.text);
    expect(before.text.current?.clauses[0]?.review).toBeNull();
    const now = (await asOf(String(agreement.version))).json<AgreementDetailView>();
    expect(now.text.current?.clauses[0]?.review).toMatchObject({
      status: 'cleared',
      reviewedBy: { id: cast.legal.user.id },
    });
    // The draft had no text, so negotiation opened with nothing to record as round 1.
    expect(now.text.versions.map((version) => version.round)).toEqual([2]);
  });

  it('folds the events up to an instant, in any time zone', async () => {
    const submitted = history.find((event) => event.version === 3);
    if (submitted === undefined) throw new Error('no version 3');
    const at = new Date(submitted.occurredAt);
    // The same instant written in Vietnam's zone.
    const hanoi = new Date(at.getTime() + 7 * 3600_000).toISOString().replace('Z', '+07:00');
    expect((await asOf(hanoi)).json<AgreementDetailView>()).toMatchObject({
      version: 3,
      step: 'awaiting_approval',
    });
    const justBefore = new Date(at.getTime() - 1).toISOString();
    expect((await asOf(justBefore)).json<AgreementDetailView>()).toMatchObject({ version: 2 });
  });

  it('is a 404 before the agreement existed, or at a version it has not reached', async () => {
    const created = Date.parse(history[0]?.occurredAt ?? '');
    expect((await asOf(new Date(created - 1).toISOString())).status).toBe(404);
    expect((await asOf(String(agreement.version + 1))).status).toBe(404);
  });

  it('is a 400 naming asOf for anything but a version or a zoned date-time', async () => {
    for (const bad of ['0', '-1', 'yesterday', '2026-03-01', '2026-03-01T00:00:00', '1.5']) {
      const response = await asOf(bad);
      expect(response.status).toBe(400);
      expect(response.json<Problem>().errors?.map((error) => error.field)).toEqual(['asOf']);
    }
  });
});
