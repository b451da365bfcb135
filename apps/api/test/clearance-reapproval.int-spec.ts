import type {
  AgreementApprovalResponse,
  AgreementDetailView,
  AgreementText,
  ApprovalInboxItem,
  ApprovalPolicyView,
} from '@concordat/domain';
import {
  actOk,
  givenAgreementAt,
  type LifecycleCast,
  type SignedIn,
  signedInAs,
} from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { SAMPLE_TEXT } from './support/text-fixtures.js';

interface Problem {
  status: number;
  code: string;
  errors?: Array<{ field: string; message: string }>;
}

/** The sample text with clause 2 (delegations) twice a year instead of once. */
const CLAUSE_2_CHANGED: AgreementText = {
  ...SAMPLE_TEXT,
  clauses: SAMPLE_TEXT.clauses.map((clause) =>
    clause.key === 'delegations'
      ? {
          ...clause,
          text: {
            vi: 'Hai bên trao đổi đoàn vận động viên và huấn luyện viên mỗi năm hai lần.',
            ja: '両者は、年に二度、選手と指導者の代表団を交流させる。',
          },
        }
      : clause,
  ),
};

describe('clearance to sign asked again after a refusal, through HTTP', () => {
  let t: TestApp;
  let cast: LifecycleCast;
  let admin: SignedIn;
  let lan: SignedIn;
  let minh: SignedIn;
  beforeAll(async () => {
    t = await startTestApp();
    cast = {
      manager: await signedInAs(t, 'manager'),
      official: await signedInAs(t, 'official'),
      legal: await signedInAs(t, 'legal'),
    };
    admin = await signedInAs(t, 'admin');
    lan = await signedInAs(t, 'official');
    minh = await signedInAs(t, 'official');
  });
  afterAll(() => t.close());

  const act = (
    as: SignedIn,
    agreement: Pick<AgreementDetailView, 'id' | 'version'>,
    action: string,
    body: unknown = {},
  ) => actOk(t, as, agreement, action, body);

  const putClearancePolicy = (body: unknown) =>
    t.request('PUT', '/api/approval-policies/mou/clearance', { token: admin.token, body });

  const anyOfficial = {
    approvers: { kind: 'role', role: 'official' },
    rule: { kind: 'any', count: 1 },
    deadlineDays: 5,
  };
  const minhOnly = () => ({
    approvers: { kind: 'users', userIds: [minh.user.id] },
    rule: { kind: 'all' },
    deadlineDays: 3,
  });

  /** New round with `text`, each clause cleared by legal, finalised. */
  async function renegotiated(
    agreement: AgreementDetailView,
    text: AgreementText,
  ): Promise<AgreementDetailView> {
    let current = await act(cast.legal, agreement, 'add-round', { proposedBy: 'partner', text });
    for (const clause of text.clauses) {
      current = await act(cast.legal, current, 'review-clause', {
        clauseKey: clause.key,
        status: 'cleared',
      });
    }
    return act(cast.legal, current, 'finalize', {});
  }

  /**
   * The sample text negotiated and finalised (round 1), sent for clearance under a policy
   * of any official then Minh, approved by Lan and refused by Minh.
   */
  async function refusedClearance(): Promise<AgreementDetailView> {
    const draft = await givenAgreementAt(t, cast, 'draft.editing');
    let agreement = await act(cast.manager, draft, 'edit-text', { text: SAMPLE_TEXT });
    agreement = await act(cast.manager, agreement, 'submit');
    agreement = await act(cast.official, agreement, 'approve');
    agreement = await act(cast.legal, agreement, 'start-negotiation');
    for (const clause of SAMPLE_TEXT.clauses) {
      agreement = await act(cast.legal, agreement, 'review-clause', {
        clauseKey: clause.key,
        status: 'cleared',
      });
    }
    agreement = await act(cast.legal, agreement, 'finalize', {});
    agreement = await act(cast.legal, agreement, 'request-clearance');
    agreement = await act(lan, agreement, 'approve', { comment: 'Kinh phí phù hợp' });
    agreement = await act(minh, agreement, 'reject', { comment: 'Sai người ký' });
    expect(`${agreement.status}.${agreement.step}`).toBe('negotiation.text_final');
    return agreement;
  }

  async function approvalOf(agreementId: string): Promise<AgreementApprovalResponse> {
    const response = await t.request('GET', `/api/agreements/${agreementId}/approval`, {
      token: lan.token,
    });
    expect(response.status).toBe(200);
    return response.json<AgreementApprovalResponse>();
  }

  async function clearanceRequests(agreementId: string) {
    const { rows } = await t.sql.query<{ payload: Record<string, unknown> }>(
      `SELECT payload FROM events WHERE stream_id = $1 AND type = 'ClearanceToSignRequested'
        ORDER BY stream_version`,
      [agreementId],
    );
    return rows.map((row) => row.payload);
  }

  it('refuses reapproval on a draft policy with 422 naming the field, and saves none', async () => {
    const response = await t.request('PUT', '/api/approval-policies/mou/draft', {
      token: admin.token,
      body: { steps: [anyOfficial], reapproval: 'changed-clauses' },
    });
    expect(response.status).toBe(422);
    expect(response.json<Problem>()).toMatchObject({
      code: 'REAPPROVAL_NOT_APPLICABLE',
      errors: [{ field: 'reapproval' }],
    });
    const { rows } = await t.sql.query(`SELECT * FROM approval_policies WHERE purpose = 'draft'`);
    expect(rows).toEqual([]);
  });

  it('resets the approvals and names clause 2 when the new round changed it', async () => {
    const saved = await putClearancePolicy({
      steps: [anyOfficial, minhOnly()],
      reapproval: 'changed-clauses',
    });
    expect(saved.json<ApprovalPolicyView>()).toMatchObject({ reapproval: 'changed-clauses' });
    let agreement = await refusedClearance();

    agreement = await renegotiated(agreement, CLAUSE_2_CHANGED);
    agreement = await act(cast.legal, agreement, 'request-clearance');

    expect(`${agreement.status}.${agreement.step}`).toBe('negotiation.awaiting_clearance');
    expect((await clearanceRequests(agreement.id))[1]).toMatchObject({
      round: 2,
      comparedWithRound: 1,
      changedClauses: ['2'],
      carried: [],
    });
    const { approval } = await approvalOf(agreement.id);
    expect(approval).toMatchObject({ round: 2, comparedWithRound: 1, changedClauses: ['2'] });
    expect(approval?.steps.map((step) => [step.complete, step.decisions.length])).toEqual([
      [false, 0],
      [false, 0],
    ]);
    // Lan, who approved before, must approve again and is told what to read.
    const inbox = await t.request('GET', '/api/approvals/inbox', { token: lan.token });
    expect(
      inbox.json<ApprovalInboxItem[]>().find((item) => item.agreementId === agreement.id)?.changes,
    ).toEqual({ fromRound: 1, toRound: 2, clauses: ['2'] });
  });

  it('carries the approvals over when the text is unchanged, and clears at once when they complete the policy', async () => {
    await putClearancePolicy({ steps: [anyOfficial, minhOnly()], reapproval: 'changed-clauses' });
    let agreement = await refusedClearance();
    // Refused over the signatory, not the text: the admin takes Minh's step out of the policy.
    await putClearancePolicy({ steps: [anyOfficial], reapproval: 'changed-clauses' });

    agreement = await act(cast.legal, agreement, 'request-clearance');

    expect(`${agreement.status}.${agreement.step}`).toBe('negotiation.cleared_to_sign');
    const { rows } = await t.sql.query<{ type: string }>(
      `SELECT type FROM events WHERE stream_id = $1 ORDER BY stream_version DESC LIMIT 2`,
      [agreement.id],
    );
    expect(rows.map((row) => row.type)).toEqual(['ClearedToSign', 'ClearanceToSignRequested']);
    expect((await clearanceRequests(agreement.id))[1]).toMatchObject({
      comparedWithRound: 1,
      changedClauses: [],
      carried: [{ step: 0, decidedBy: lan.user.id, comment: 'Kinh phí phù hợp', carried: true }],
    });
    const { approval } = await approvalOf(agreement.id);
    expect(approval?.outcome).toBe('approved');
    expect(
      approval?.steps[0]?.decisions.map((decision) => [decision.decidedBy.id, decision.carried]),
    ).toEqual([[lan.user.id, true]]);
  });

  it('starts from zero under a policy that asks everyone again', async () => {
    await putClearancePolicy({ steps: [anyOfficial, minhOnly()] });
    let agreement = await refusedClearance();

    agreement = await act(cast.legal, agreement, 'request-clearance');

    expect((await clearanceRequests(agreement.id))[1]).not.toHaveProperty('carried');
    const { approval } = await approvalOf(agreement.id);
    expect(approval?.changedClauses).toBeNull();
    expect(approval?.steps.every((step) => step.decisions.length === 0)).toBe(true);
  });
});
