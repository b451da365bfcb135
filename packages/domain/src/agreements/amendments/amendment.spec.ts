import {
  APPROVER,
  AUDITOR,
  DRAFTER,
  NOW,
  SAMPLE_TEXT,
  actorFor,
  by,
  historyTo,
} from '../agreement.fixtures.js';
import type { AgreementState, ExistingAgreementState } from '../agreement.state.js';
import { AgreementErrorCode } from '../agreement-error-code.js';
import { decide } from '../decide.js';
import { evolve, foldAgreement } from '../evolve.js';
import { currentVersion } from '../text/text.rules.js';
import { textHash } from '../text/text.canonical.js';
import { allowedCommands } from '../transitions.js';
import { DomainError } from '../../shared/domain-error.js';
import { AMENDED_TEXT, historyThroughAmendment } from './amendment.fixtures.js';
import { amendmentsViewOf } from './amendment.views.js';

const UNDER_REVIEW = { status: 'review', step: 'under_review' } as const;
const IN_FORCE = { status: 'active', step: 'in_force' } as const;

function existing(state: AgreementState): ExistingAgreementState {
  if (state.status === 'none') throw new Error('expected an agreement');
  return state;
}

function refusalCode(run: () => unknown): string | undefined {
  try {
    run();
  } catch (caught) {
    if (caught instanceof DomainError) return caught.code;
    throw caught;
  }
  return undefined;
}

describe('amendments', () => {
  const inForce = existing(foldAgreement(historyTo(IN_FORCE)));

  describe('propose-amendment', () => {
    it('opens amendment 1 of an agreement in force, starting from the text in force', () => {
      const state = existing(foldAgreement(historyThroughAmendment('proposed')));
      expect([state.status, state.step]).toEqual(['draft', 'editing']);
      expect(state.amendment).toMatchObject({
        number: 1,
        reason: 'Add youth camps',
        proposedBy: DRAFTER.userId,
        inForce: { round: inForce.round, textHash: inForce.textHash },
      });
      expect(state.text.draft).toEqual(SAMPLE_TEXT);
      expect(state.amendments).toEqual([]);
      // Still legally in force: its dates and signatures are the ones signed.
      expect(state.effectiveOn).toBe(inForce.effectiveOn);
    });

    it('is the review decision "amend" from under review', () => {
      const state = existing(foldAgreement(historyThroughAmendment('proposed', UNDER_REVIEW)));
      expect([state.status, state.step]).toEqual(['draft', 'editing']);
      expect(state.amendment?.number).toBe(1);
    });

    it('is offered in force and under review, to officials and managers only', () => {
      expect(allowedCommands(inForce, DRAFTER)).toContain('ProposeAmendment');
      expect(allowedCommands(inForce, AUDITOR)).not.toContain('ProposeAmendment');
      expect(allowedCommands(inForce, { userId: 'l', role: 'legal' })).not.toContain(
        'ProposeAmendment',
      );
    });

    it('is refused to legal and auditors, before signature, and without a reason', () => {
      const propose = { type: 'ProposeAmendment', data: { reason: 'More camps' } } as const;
      expect(refusalCode(() => decide(propose, inForce, by(AUDITOR)))).toBe(
        AgreementErrorCode.RoleNotPermitted,
      );
      expect(refusalCode(() => decide(propose, inForce, by({ userId: 'l', role: 'legal' })))).toBe(
        AgreementErrorCode.RoleNotPermitted,
      );
      const draft = foldAgreement(historyTo({ status: 'draft', step: 'editing' }));
      expect(refusalCode(() => decide(propose, draft, by(DRAFTER)))).toBe(
        AgreementErrorCode.TransitionNotAllowed,
      );
      const blank = { type: 'ProposeAmendment', data: { reason: '  ' } } as const;
      expect(refusalCode(() => decide(blank, inForce, by(DRAFTER)))).toBe(
        AgreementErrorCode.RequiredFieldMissing,
      );
    });

    it('cannot open a second amendment while one runs', () => {
      const state = foldAgreement(historyThroughAmendment('proposed'));
      const propose = { type: 'ProposeAmendment', data: { reason: 'Again' } } as const;
      expect(refusalCode(() => decide(propose, state, by(DRAFTER)))).toBe(
        AgreementErrorCode.TransitionNotAllowed,
      );
    });
  });

  describe('the amendment cycle', () => {
    it('is not approved by whoever proposed it (four eyes), though the original drafter may', () => {
      const apply = (state: AgreementState, events: ReturnType<typeof decide>) =>
        events.reduce(evolve, state);
      const propose = { type: 'ProposeAmendment', data: { reason: 'Thêm trại hè' } } as const;
      let state = apply(inForce, decide(propose, inForce, by(APPROVER)));
      const submit = { type: 'SubmitForApproval', data: {} } as const;
      state = apply(state, decide(submit, state, by(DRAFTER)));
      const approve = { type: 'ApproveDraft', data: { comment: null } } as const;

      expect(refusalCode(() => decide(approve, state, by(APPROVER)))).toBe(
        AgreementErrorCode.SelfApprovalForbidden,
      );
      expect(allowedCommands(existing(state), APPROVER)).not.toContain('ApproveDraft');
      const byAnotherOfficial = by({ userId: 'user-other-official', role: 'official' });
      expect(decide(approve, state, byAnotherOfficial).length).toBeGreaterThan(0);
    });

    it('is approved under the policy for amendments', () => {
      const submitted = historyThroughAmendment('signed').find(
        (event, index, all) =>
          event.type === 'AgreementSubmittedForApproval' &&
          all.slice(0, index).some((e) => e.type === 'AmendmentProposed'),
      );
      expect(
        submitted?.type === 'AgreementSubmittedForApproval' && submitted.data.policy,
      ).toMatchObject({ agreementType: 'amendment', purpose: 'draft' });
    });

    it('with the last signature, takes effect: back in force with the amended text as version N+1', () => {
      const history = historyThroughAmendment('signed');
      const state = existing(foldAgreement(history));
      expect([state.status, state.step]).toEqual(['active', 'in_force']);
      expect(history.at(-1)).toEqual({
        type: 'AmendmentTookEffect',
        data: { number: 1, effectiveOn: '2024-03-15', textHash: textHash(AMENDED_TEXT) },
      });
      expect(state.amendment).toBeNull();
      expect(state.amendments).toEqual([
        {
          number: 1,
          reason: 'Add youth camps',
          proposedBy: DRAFTER.userId,
          proposedAt: expect.any(String),
          effectiveOn: '2024-03-15',
          textHash: textHash(AMENDED_TEXT),
          round: inForce.round + 1,
        },
      ]);
      expect(currentVersion(state.text)?.text).toEqual(AMENDED_TEXT);
      expect(currentVersion(state.text)?.round).toBe(inForce.round + 1);
      expect(state.textHash).toBe(textHash(AMENDED_TEXT));
      expect(state.signatures.map((s) => s.textHash)).toEqual(
        state.signatures.map(() => textHash(AMENDED_TEXT)),
      );
      // The agreement's own effective date and term are not signed again.
      expect(state.effectiveOn).toBe(inForce.effectiveOn);
      expect(state.details.endsOn).toBe(inForce.details.endsOn);
    });

    it('numbers the next amendment 2', () => {
      const state = existing(foldAgreement(historyThroughAmendment('signed')));
      const events = decide(
        { type: 'ProposeAmendment', data: { reason: 'Second' } },
        state,
        by(DRAFTER),
      );
      expect(events).toMatchObject([{ type: 'AmendmentProposed', data: { number: 2 } }]);
    });
  });

  describe('withdraw during an amendment', () => {
    it('abandons the amendment and keeps the agreement in force with the old text', () => {
      const history = historyThroughAmendment('withdrawn');
      const state = existing(foldAgreement(history));
      expect(history.at(-1)).toEqual({
        type: 'AmendmentWithdrawn',
        data: {
          number: 1,
          reason: 'The partner declined',
          withdrawnBy: actorFor('WithdrawAgreement').userId,
          withdrawnAt: NOW,
        },
      });
      expect([state.status, state.step]).toEqual(['active', 'in_force']);
      expect(state.amendment).toBeNull();
      expect(state.amendments).toEqual([]);
      expect(currentVersion(state.text)?.text).toEqual(SAMPLE_TEXT);
      expect(state.textHash).toBe(inForce.textHash);
      expect(state.signatures).toEqual(inForce.signatures);
    });

    it('from signing too, after the amendment was negotiated and cleared', () => {
      const cleared = foldAgreement(historyThroughAmendment('cleared'));
      const events = decide(
        { type: 'WithdrawAgreement', data: { reason: 'Not now' } },
        cleared,
        by(DRAFTER),
      );
      expect(events.map((e) => e.type)).toEqual(['AmendmentWithdrawn']);
      const state = existing(events.reduce(evolve, cleared));
      expect([state.status, state.step]).toEqual(['active', 'in_force']);
      expect(currentVersion(state.text)?.text).toEqual(SAMPLE_TEXT);
      // Rounds keep counting, so a later amendment never reuses the withdrawn one's round.
      expect(state.round).toBe(inForce.round + 1);
    });
  });
});

describe('amendmentsViewOf', () => {
  it('lists the running amendment as in progress, on the round in force', () => {
    const state = existing(foldAgreement(historyThroughAmendment('proposed')));
    expect(amendmentsViewOf(state)).toEqual([
      {
        number: 1,
        status: 'in_progress',
        reason: 'Add youth camps',
        proposedBy: DRAFTER.userId,
        proposedAt: state.amendment?.proposedAt,
        effectiveOn: null,
        textHash: null,
        round: null,
        baseRound: 1,
        withdrawal: null,
      },
    ]);
  });

  it('keeps a withdrawn amendment in the chain, with why, who and when', () => {
    const state = existing(foldAgreement(historyThroughAmendment('withdrawn')));
    expect(amendmentsViewOf(state)).toEqual([
      expect.objectContaining({
        number: 1,
        status: 'withdrawn',
        reason: 'Add youth camps',
        withdrawal: {
          reason: 'The partner declined',
          by: actorFor('WithdrawAgreement').userId,
          at: NOW,
        },
      }),
    ]);
  });

  it('lists a withdrawn amendment before the next one, which runs with the same number', () => {
    const withdrawn = existing(foldAgreement(historyThroughAmendment('withdrawn')));
    const events = decide(
      { type: 'ProposeAmendment', data: { reason: 'Youth camps, second try' } },
      withdrawn,
      by(DRAFTER),
    );
    const state = existing(events.reduce(evolve, withdrawn));
    expect(amendmentsViewOf(state).map((a) => [a.number, a.status])).toEqual([
      [1, 'withdrawn'],
      [1, 'in_progress'],
    ]);
  });

  it('reads an older withdrawal event without who and when', () => {
    const history = historyThroughAmendment('withdrawn').map((event) =>
      event.type === 'AmendmentWithdrawn'
        ? { ...event, data: { number: event.data.number, reason: event.data.reason } }
        : event,
    );
    const state = existing(foldAgreement(history));
    expect(amendmentsViewOf(state)[0]?.withdrawal).toEqual({
      reason: 'The partner declined',
      by: null,
      at: null,
    });
  });

  it('lists an amendment that took effect as in force, with its date, hash and round', () => {
    const state = existing(foldAgreement(historyThroughAmendment('signed')));
    expect(amendmentsViewOf(state)).toMatchObject([
      {
        number: 1,
        status: 'in_force',
        effectiveOn: '2024-03-15',
        textHash: textHash(AMENDED_TEXT),
        round: 2,
        baseRound: null,
      },
    ]);
  });
});
