import type { AgreementDetailView, AgreementText } from '@concordat/domain';
import { textHash } from '@concordat/domain';
import {
  actOn,
  eventCount,
  givenAgreementAt,
  type LifecycleCast,
  type SignedIn,
  signatureBody,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface Problem {
  status: number;
  code: string;
}

/** What the amendment agrees: MAIN_ROAD agreements have the empty text in force. */
const AMENDED_TEXT: AgreementText = {
  languages: [
    { tag: 'vi', authentic: true },
    { tag: 'ja', authentic: true },
  ],
  clauses: [
    {
      key: 'youth-camps',
      title: { vi: 'Trại hè thanh thiếu niên', ja: '青少年キャンプ' },
      text: {
        vi: 'Hai bên tổ chức trại hè thanh thiếu niên mỗi năm.',
        ja: '両者は毎年、青少年キャンプを開催する。',
      },
    },
  ],
};

describe('amendments: POST /api/agreements/{id}/propose-amendment and the amendment cycle', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let auditor: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    auditor = await signedInAs(t, 'auditor');
  });
  afterAll(() => t.close());

  async function act(
    as: keyof LifecycleCast,
    agreement: AgreementDetailView,
    action: string,
    body: unknown = {},
  ): Promise<AgreementDetailView> {
    const response = await actOn(t, cast[as], agreement, action, body);
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${response.text}`);
    return response.json<AgreementDetailView>();
  }

  async function detail(id: string, as: SignedIn = cast.official): Promise<AgreementDetailView> {
    const response = await t.request('GET', `/api/agreements/${id}`, { token: as.token });
    return response.json<AgreementDetailView>();
  }

  it('drives amendment 1 from in force through approval, negotiation and signing to version 2', async () => {
    const signed = await givenAgreementAt(t, cast, 'active.in_force');
    const inForce = await detail(signed.id);
    expect(inForce.allowedActions).toContain('propose-amendment');
    expect(inForce.amendments).toEqual([]);
    // MAIN_ROAD agreements are signed on the empty text, which has no version.
    expect(inForce.textInForce).toBeNull();

    let a = await act('manager', inForce, 'propose-amendment', { reason: 'Thêm trại hè' });
    expect([a.status, a.step]).toEqual(['draft', 'editing']);
    expect(a.amendments).toMatchObject([
      { number: 1, status: 'in_progress', reason: 'Thêm trại hè', effectiveOn: null },
    ]);
    expect(a.amendmentInProgress).toBe(1);
    // The list counts it as active (in force), not as a draft, and says the amendment runs.
    const listed = async (status: string) => {
      const response = await t.request('GET', `/api/agreements?status=${status}&pageSize=100`, {
        token: cast.official.token,
      });
      return response.json<{ items: Array<{ id: string; amendmentInProgress: number | null }> }>()
        .items;
    };
    expect((await listed('active')).find((item) => item.id === a.id)?.amendmentInProgress).toBe(1);
    expect((await listed('draft')).map((item) => item.id)).not.toContain(a.id);
    const proposedAt = a.amendments[0]?.proposedAt;
    // Still in force while the amendment runs: the text in force is unchanged.
    expect(a.textInForce).toBeNull();

    a = await act('manager', a, 'edit-text', { text: AMENDED_TEXT });
    a = await act('manager', a, 'submit');
    a = await act('official', a, 'approve', { comment: 'Đồng ý sửa đổi' });
    a = await act('legal', a, 'start-negotiation');
    const negotiating = a;
    expect(a.text.current?.round).toBe(2);
    a = await act('legal', a, 'review-clause', { clauseKey: 'youth-camps', status: 'cleared' });
    a = await act('legal', a, 'finalize');
    a = await act('legal', a, 'request-clearance');
    a = await act('official', a, 'approve');
    a = await act('official', a, 'open-signing');
    const amendedHash = textHash(AMENDED_TEXT);
    // The in-force hash no longer signs: the parties sign the amendment's frozen text.
    const stale = await actOn(t, cast.official, a, 'sign', signatureBody('ours'));
    expect(stale.status).toBe(422);
    a = await act('official', a, 'sign', signatureBody('ours', { textHash: amendedHash }));
    expect([a.status, a.step]).toEqual(['signing', 'collecting_signatures']);
    a = await act('official', a, 'sign', signatureBody('partner-1', { textHash: amendedHash }));

    expect([a.status, a.step]).toEqual(['active', 'in_force']);
    expect(a.amendments).toEqual([
      {
        number: 1,
        status: 'in_force',
        reason: 'Thêm trại hè',
        proposedBy: cast.manager.user.id,
        proposedAt,
        effectiveOn: '2026-01-15',
        textHash: amendedHash,
        round: 2,
        baseRound: null,
        withdrawal: null,
      },
    ]);
    expect(a.textInForce?.textHash).toBe(amendedHash);
    expect(a.text.current?.clauses[0]?.text).toEqual(AMENDED_TEXT.clauses[0]?.text);
    // The agreement's own dates are not signed again.
    expect(a.particulars.effectiveOn).toBe(inForce.particulars.effectiveOn);
    expect((await detail(a.id)).amendments).toEqual(a.amendments);
    // As it stood while the amendment was being negotiated, folded from the log.
    const then = await t.request('GET', `/api/agreements/${a.id}?asOf=${negotiating.version}`, {
      token: cast.official.token,
    });
    const past = then.json<AgreementDetailView>();
    expect([past.status, past.step]).toEqual(['negotiation', 'in_round']);
    expect(past.amendments).toMatchObject([{ number: 1, status: 'in_progress', baseRound: 1 }]);
    expect(past.text.current?.round).toBe(2);
  });

  it('withdrawing an amendment leaves the agreement in force with its old text', async () => {
    const signed = await givenAgreementAt(t, cast, 'active.in_force');
    const before = await detail(signed.id);
    let a = await act('manager', before, 'propose-amendment', { reason: 'Gia hạn thêm' });
    a = await act('manager', a, 'edit-text', { text: AMENDED_TEXT });
    a = await act('manager', a, 'submit');
    a = await act('official', a, 'approve');
    a = await act('legal', a, 'start-negotiation');
    a = await act('manager', a, 'withdraw', { reason: 'Đối tác không đồng ý' });
    expect([a.status, a.step]).toEqual(['active', 'in_force']);
    expect(a.amendmentInProgress).toBeNull();
    // The chain keeps it, marked withdrawn, saying why, who and when.
    expect(a.amendments).toMatchObject([
      {
        number: 1,
        status: 'withdrawn',
        reason: 'Gia hạn thêm',
        withdrawal: {
          reason: 'Đối tác không đồng ý',
          by: cast.manager.user.id,
          byName: cast.manager.user.name,
        },
      },
    ]);
    expect(a.amendments[0]?.withdrawal?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(a.textInForce).toBeNull();
    expect(a.text.current).toEqual(before.text.current);
    expect(a.particulars.parties.map((party) => party.signature?.textHash)).toEqual(
      before.particulars.parties.map((party) => party.signature?.textHash),
    );
    // The withdrawn amendment's round stays in the history of versions (the empty text
    // signed in round 1 has none).
    expect(a.text.versions.map((version) => version.round)).toEqual([2]);
  });

  it('is the review decision "amend": from under review to an amendment, back in force after it', async () => {
    const review = await givenAgreementAt(t, cast, 'review.under_review');
    const a = await act('official', await detail(review.id), 'propose-amendment', {
      reason: 'Rà soát: sửa điều 2',
    });
    expect([a.status, a.step]).toEqual(['draft', 'editing']);
    const back = await act('manager', a, 'withdraw', { reason: 'Không cần' });
    expect([back.status, back.step]).toEqual(['active', 'in_force']);
  });

  it('is not approved by the official who proposed it (four eyes); another official may', async () => {
    const signed = await givenAgreementAt(t, cast, 'active.in_force');
    let a = await act('official', await detail(signed.id), 'propose-amendment', {
      reason: 'Bổ sung học bổng',
    });
    a = await act('manager', a, 'submit');
    const asProposer = await detail(a.id, cast.official);
    expect(asProposer.allowedActions).not.toContain('approve');
    const inbox = await t.request('GET', '/api/approvals/inbox', { token: cast.official.token });
    expect(
      inbox.json<Array<{ agreementId: string }>>().map((item) => item.agreementId),
    ).not.toContain(a.id);
    const events = await eventCount(t, a.id);
    const refused = await actOn(t, cast.official, asProposer, 'approve', {});
    expect(refused.status).toBe(403);
    expect(refused.json<Problem>().code).toBe('SELF_APPROVAL_FORBIDDEN');
    expect(await eventCount(t, a.id)).toBe(events);

    const otherOfficial = await signedInAs(t, 'official');
    const othersInbox = await t.request('GET', '/api/approvals/inbox', {
      token: otherOfficial.token,
    });
    // The inbox says it is the amendment's approval, not the agreement's own.
    expect(
      othersInbox
        .json<Array<{ agreementId: string; amendment: number | null }>>()
        .find((item) => item.agreementId === a.id)?.amendment,
    ).toBe(1);
    const approved = await actOn(t, otherOfficial, asProposer, 'approve', {});
    expect(approved.status).toBe(200);
  });

  it('refuses legal and auditors (403), a draft (409) and a blank reason (400), writing nothing', async () => {
    const signed = await givenAgreementAt(t, cast, 'active.in_force');
    const events = await eventCount(t, signed.id);
    const byLegal = await actOn(t, cast.legal, signed, 'propose-amendment', { reason: 'x' });
    expect(byLegal.status).toBe(403);
    expect(byLegal.json<Problem>().code).toBe('ROLE_NOT_PERMITTED');
    const byAuditor = await actOn(t, auditor, signed, 'propose-amendment', { reason: 'x' });
    expect(byAuditor.status).toBe(403);
    const blank = await actOn(t, cast.manager, signed, 'propose-amendment', { reason: ' ' });
    expect(blank.status).toBe(400);
    expect(await eventCount(t, signed.id)).toBe(events);

    const draft = await givenAgreementAt(t, cast, 'draft.editing');
    const early = await actOn(t, cast.manager, draft, 'propose-amendment', { reason: 'x' });
    expect(early.status).toBe(409);
    expect(early.json<Problem>().code).toBe('TRANSITION_NOT_ALLOWED');
    expect(await eventCount(t, draft.id)).toBe(1);
  });
});
