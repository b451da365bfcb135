import type { ExistingAgreementState } from '../agreement.state.js';

/**
 * One amendment as `GET /api/agreements/{id}` lists it. While an amendment runs, the
 * agreement's `status`/`step` are those of the amendment (draft, negotiation, signing) and
 * the agreement stays legally in force with the text of `baseRound`; the running amendment
 * is the one entry with status `in_progress`. The text in force is version
 * (number of amendments in force + 1). A withdrawn amendment stays in the chain, marked
 * `withdrawn`; it never changed the text, so the next one may carry the same number.
 */
export interface AmendmentView {
  number: number;
  status: 'in_progress' | 'in_force' | 'withdrawn';
  reason: string;
  proposedBy: string;
  proposedAt: string;
  /** Set once every party signed it. */
  effectiveOn: string | null;
  textHash: string | null;
  /** The round of the text this amendment made the text in force; null while it runs. */
  round: number | null;
  /** The round of the text in force it amends; null for one in force. */
  baseRound: number | null;
  /** Why, when and by whom (a user id) it was withdrawn; null unless withdrawn. */
  withdrawal: AmendmentWithdrawalView | null;
}

export interface AmendmentWithdrawalView {
  reason: string;
  /** Null for amendments withdrawn before who and when were recorded. */
  by: string | null;
  at: string | null;
  /** The name of `by`, which the api adds from its users; the domain knows only ids. */
  byName?: string;
}

/** The chain oldest first: in force and withdrawn ones by when they were proposed, then the running one. */
export function amendmentsViewOf(state: ExistingAgreementState): AmendmentView[] {
  const inForce: AmendmentView[] = state.amendments.map((amendment) => ({
    ...amendment,
    status: 'in_force',
    baseRound: null,
    withdrawal: null,
  }));
  const withdrawn: AmendmentView[] = state.withdrawnAmendments.map((amendment) => ({
    number: amendment.number,
    status: 'withdrawn',
    reason: amendment.reason,
    proposedBy: amendment.proposedBy,
    proposedAt: amendment.proposedAt,
    effectiveOn: null,
    textHash: null,
    round: null,
    baseRound: null,
    withdrawal: {
      reason: amendment.withdrawalReason,
      by: amendment.withdrawnBy,
      at: amendment.withdrawnAt,
    },
  }));
  const chain = [...inForce, ...withdrawn].sort((a, b) =>
    a.proposedAt < b.proposedAt ? -1 : a.proposedAt > b.proposedAt ? 1 : 0,
  );
  const running = state.amendment;
  if (running === null) return chain;
  return [
    ...chain,
    {
      number: running.number,
      status: 'in_progress',
      reason: running.reason,
      proposedBy: running.proposedBy,
      proposedAt: running.proposedAt,
      effectiveOn: null,
      textHash: null,
      round: null,
      baseRound: running.inForce.round,
      withdrawal: null,
    },
  ];
}

/** The round whose text is in force; null before the first signature. */
export function inForceRoundOf(state: ExistingAgreementState): number | null {
  return state.inForceRound;
}

/** The number of the amendment running, if any: the agreement is in force meanwhile. */
export function amendmentInProgressOf(state: ExistingAgreementState): number | null {
  return state.amendment?.number ?? null;
}
