import type { Actor } from '../auth/roles.js';
import type { AgreementCommand } from '../agreements/agreement.commands.js';
import type { AgreementEvent } from '../agreements/agreement.events.js';
import { SAMPLE_TEXT, actorFor, historyTo } from '../agreements/agreement.fixtures.js';
import type { AgreementState, ExistingAgreementState } from '../agreements/agreement.state.js';
import { agreementEventSchemas } from '../agreements/agreement.event-schemas.js';
import { decide } from '../agreements/decide.js';
import { evolve, foldAgreement } from '../agreements/evolve.js';
import { changedClauses } from '../agreements/text/text.changes.js';
import type { AgreementText } from '../agreements/text/text.model.js';
import type { ApprovalContext } from './approval-context.js';
import type { ApprovalPolicy, ApprovalStep, ReapprovalMode } from './approval-policy.js';
import { approvalProgress } from './approval-run.js';

const REQUESTED_AT = '2026-11-23T09:00:00.000Z';
const DECIDED_AT = '2026-11-24T10:00:00.000Z';
const AGAIN_AT = '2026-12-01T08:00:00.000Z';

const lan: Actor = { userId: 'lan', role: 'official' };
const minh: Actor = { userId: 'minh', role: 'official' };
const legal = actorFor('RequestClearanceToSign');

const anyOfficial: ApprovalStep = {
  approvers: { kind: 'role', role: 'official' },
  rule: { kind: 'any', count: 1 },
  deadlineDays: 5,
};
const minhOnly: ApprovalStep = {
  approvers: { kind: 'users', userIds: ['minh'] },
  rule: { kind: 'all' },
  deadlineDays: 3,
};

function clearancePolicy(reapproval: ReapprovalMode, ...steps: ApprovalStep[]): ApprovalPolicy {
  return { agreementType: 'mou', purpose: 'clearance', steps, reapproval };
}

/** The sample text with clause 2 (delegations) reworded in Japanese. */
const CLAUSE_2_CHANGED: AgreementText = {
  ...SAMPLE_TEXT,
  clauses: SAMPLE_TEXT.clauses.map((clause) =>
    clause.key === 'delegations'
      ? { ...clause, text: { ...clause.text, ja: '両者は、年に二度、代表団を交流させる。' } }
      : clause,
  ),
};

/**
 * An agreement whose text (the sample text, round 1) was finalised, sent for clearance
 * under `policy`, approved by Lan on step 1 and refused by Minh on step 2.
 */
class RefusedClearance {
  state: AgreementState;
  context: ApprovalContext;

  constructor(policy: ApprovalPolicy) {
    this.context = {
      policies: [policy],
      delegations: [],
      observers: [],
      roles: { lan: 'official', minh: 'official' },
    };
    this.state = foldAgreement(historyTo({ status: 'negotiation', step: 'text_final' }));
    this.run({ type: 'RequestClearanceToSign', data: {} }, legal, REQUESTED_AT);
    this.run({ type: 'ClearToSign', data: { comment: 'Budget fits' } }, lan, DECIDED_AT);
    this.run({ type: 'RefuseClearance', data: { comment: 'Wrong signatory' } }, minh, DECIDED_AT);
  }

  run(command: AgreementCommand, actor: Actor, now = AGAIN_AT): AgreementEvent[] {
    const events = decide(command, this.state, { actor, now, approvals: this.context });
    this.state = events.reduce(evolve, this.state);
    return events;
  }

  /** A new round with `text`, every clause cleared again, finalised. */
  renegotiate(text: AgreementText): void {
    this.run({ type: 'OpenNegotiationRound', data: { proposedBy: 'partner', text } }, legal);
    for (const clause of text.clauses) {
      this.run(
        { type: 'ReviewClause', data: { clauseKey: clause.key, status: 'cleared', comment: null } },
        legal,
      );
    }
    this.run({ type: 'FinaliseText', data: {} }, legal);
  }

  requestAgain(): AgreementEvent[] {
    return this.run({ type: 'RequestClearanceToSign', data: {} }, legal);
  }

  get agreement(): ExistingAgreementState {
    if (this.state.status === 'none') throw new Error('no agreement');
    return this.state;
  }
}

/** The request's payload, checked against the stored schema it must read back through. */
function requested(events: AgreementEvent[]) {
  const event = events[0];
  if (event?.type !== 'ClearanceToSignRequested') throw new Error('no clearance requested');
  expect(agreementEventSchemas.ClearanceToSignRequested.parse(event.data)).toEqual(event.data);
  return event.data;
}

describe('clearance to sign asked again after a refusal', () => {
  describe('given a policy that resets only for changed clauses', () => {
    it('carries the earlier approvals over when the text was re-finalised unchanged', () => {
      const clearance = new RefusedClearance(
        clearancePolicy('changed-clauses', anyOfficial, minhOnly),
      );

      const events = clearance.requestAgain();

      expect(events.map((event) => event.type)).toEqual(['ClearanceToSignRequested']);
      expect(requested(events)).toMatchObject({ comparedWithRound: 1, changedClauses: [] });
      expect(requested(events).carried).toEqual([
        {
          purpose: 'clearance',
          step: 0,
          decidedBy: 'lan',
          onBehalfOf: null,
          comment: 'Budget fits',
          decidedAt: DECIDED_AT,
          carried: true,
        },
      ]);
      const run = clearance.agreement.approval;
      if (run === undefined) throw new Error('no approval');
      const [first, second] = approvalProgress(run);
      expect(first?.complete).toBe(true);
      // Step 2 is due from the new request, not from Lan's earlier decision.
      expect(second?.startedAt).toBe(AGAIN_AT);
      expect(clearance.agreement.step).toBe('awaiting_clearance');

      expect(
        clearance.run({ type: 'ClearToSign', data: { comment: null } }, minh).map((e) => e.type),
      ).toEqual(['ApprovalDecisionRecorded', 'ClearedToSign']);
    });

    it('resets every approval and names the changed clause when a clause changed', () => {
      const clearance = new RefusedClearance(
        clearancePolicy('changed-clauses', anyOfficial, minhOnly),
      );
      clearance.renegotiate(CLAUSE_2_CHANGED);

      const events = clearance.requestAgain();

      expect(requested(events)).toMatchObject({
        round: 2,
        comparedWithRound: 1,
        changedClauses: ['2'],
        carried: [],
      });
      expect(clearance.agreement.approval?.decisions).toEqual([]);
      expect(clearance.agreement.approval?.changedClauses).toEqual(['2']);
    });

    it('clears to sign at once when the carried approvals complete every step', () => {
      const clearance = new RefusedClearance(
        clearancePolicy('changed-clauses', anyOfficial, minhOnly),
      );
      // The admin took Minh's step out of the policy after his refusal.
      clearance.context = {
        ...clearance.context,
        policies: [clearancePolicy('changed-clauses', anyOfficial)],
      };

      const events = clearance.requestAgain();

      expect(events.map((event) => event.type)).toEqual([
        'ClearanceToSignRequested',
        'ClearedToSign',
      ]);
      expect(clearance.agreement.step).toBe('cleared_to_sign');
    });

    it('carries nothing for an approver who may no longer decide that step', () => {
      const clearance = new RefusedClearance(
        clearancePolicy('changed-clauses', anyOfficial, minhOnly),
      );
      clearance.context = { ...clearance.context, roles: { lan: 'legal', minh: 'official' } };

      expect(requested(clearance.requestAgain()).carried).toEqual([]);
    });

    it('carries nothing for a step the new policy no longer has', () => {
      const clearance = new RefusedClearance(
        clearancePolicy('changed-clauses', anyOfficial, minhOnly),
      );
      clearance.context = {
        ...clearance.context,
        policies: [clearancePolicy('changed-clauses', minhOnly)],
      };

      // Step 1 is now Minh's: Lan is not named there, so her approval does not carry.
      expect(requested(clearance.requestAgain()).carried).toEqual([]);
    });
  });

  describe('given a policy that asks everyone again', () => {
    it('starts from zero even though the text is unchanged', () => {
      const clearance = new RefusedClearance(clearancePolicy('all', anyOfficial, minhOnly));

      const data = requested(clearance.requestAgain());

      expect(data.carried).toBeUndefined();
      expect(data.changedClauses).toBeUndefined();
      expect(clearance.agreement.approval?.decisions).toEqual([]);
    });
  });
});

describe('changed clauses between two frozen texts', () => {
  it('names added and changed clauses by their new number, removed ones by their old', () => {
    const [purpose, delegations] = SAMPLE_TEXT.clauses;
    if (purpose === undefined || delegations === undefined) throw new Error('sample text');
    const camps = {
      key: 'camps',
      title: { vi: 'Tập huấn', ja: '合宿' },
      text: { vi: 'Tổ chức tập huấn chung.', ja: '合同合宿を行う。' },
    };

    expect(changedClauses(SAMPLE_TEXT, CLAUSE_2_CHANGED)).toEqual(['2']);
    expect(changedClauses(SAMPLE_TEXT, { ...SAMPLE_TEXT, clauses: [camps, purpose] })).toEqual([
      '1',
      '2',
    ]);
    expect(
      changedClauses(SAMPLE_TEXT, { ...SAMPLE_TEXT, clauses: [delegations, purpose] }),
    ).toEqual([]);
  });

  it('sees a clause recomposed in NFD as unchanged', () => {
    const nfd: AgreementText = {
      ...SAMPLE_TEXT,
      clauses: SAMPLE_TEXT.clauses.map((clause) => ({
        ...clause,
        text: { ...clause.text, vi: (clause.text.vi ?? '').normalize('NFD') },
      })),
    };
    expect(changedClauses(SAMPLE_TEXT, nfd)).toEqual([]);
  });
});
