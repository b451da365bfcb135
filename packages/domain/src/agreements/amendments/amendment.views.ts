import type { ExistingAgreementState } from '../agreement.state.js';

/**
 * One amendment as `GET /api/agreements/{id}` lists it. While an amendment runs, the
 * agreement's `status`/`step` are those of the amendment (draft, negotiation, signing) and
 * the agreement stays legally in force with the text of `baseRound`; the running amendment
 * is the one entry with status `in_progress`. The text in force is version
 * (number of amendments in force + 1).
 */
export interface AmendmentView {
  number: number;
  status: 'in_progress' | 'in_force';
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
}

export function amendmentsViewOf(state: ExistingAgreementState): AmendmentView[] {
  const chain: AmendmentView[] = state.amendments.map((amendment) => ({
    ...amendment,
    status: 'in_force',
    baseRound: null,
  }));
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
    },
  ];
}

/** The round whose text is in force; null before the first signature. */
export function inForceRoundOf(state: ExistingAgreementState): number | null {
  return state.inForceRound;
}
