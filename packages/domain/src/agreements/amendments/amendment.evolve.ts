import type { ExistingAgreementState } from '../agreement.state.js';
import { currentVersion } from '../text/text.rules.js';

/** What the amendment events change; evolve.ts calls these from its switch. */

/** The amendment's draft text starts as the consolidated text in force. */
export function amendmentProposed(
  state: ExistingAgreementState,
  data: { number: number; reason: string; proposedBy: string; proposedAt: string },
): ExistingAgreementState {
  return {
    ...state,
    amendment: {
      ...data,
      inForce: { round: state.round, textHash: state.textHash, signatures: state.signatures },
    },
    text: { ...state.text, draft: currentVersion(state.text)?.text ?? state.text.draft },
  };
}

/**
 * The amendment's negotiation continues the agreement's round numbering, so every version
 * ever negotiated keeps its own round (and the diff can compare across amendments).
 */
export function amendmentNegotiationStarted(state: ExistingAgreementState): ExistingAgreementState {
  const draft = state.text.draft;
  const round = state.round + 1;
  if (draft === null) return { ...state, round, textHash: null };
  return {
    ...state,
    round,
    textHash: null,
    text: {
      ...state.text,
      versions: [...state.text.versions, { round, proposedBy: 'ours', text: draft }],
      reviews: {},
    },
  };
}

export function amendmentTookEffect(
  state: ExistingAgreementState,
  data: { number: number; effectiveOn: string; textHash: string },
): ExistingAgreementState {
  if (state.amendment === null) return state;
  const { number, reason, proposedBy, proposedAt } = state.amendment;
  return {
    ...state,
    amendment: null,
    inForceRound: state.round,
    amendments: [
      ...state.amendments,
      {
        number,
        reason,
        proposedBy,
        proposedAt,
        effectiveOn: data.effectiveOn,
        textHash: data.textHash,
        round: state.round,
      },
    ],
  };
}

/**
 * Back to the text, hash and signatures in force. The amendment's versions leave the
 * current text (the in-force version is current again) but `round` keeps counting, so a
 * later amendment's rounds never reuse a withdrawn one's numbers.
 */
export function amendmentWithdrawn(
  state: ExistingAgreementState,
  data: { reason: string; withdrawnBy?: string; withdrawnAt?: string },
): ExistingAgreementState {
  if (state.amendment === null) return state;
  const { number, reason, proposedBy, proposedAt, inForce } = state.amendment;
  const { round, textHash, signatures } = inForce;
  const versions = state.text.versions.filter((version) => version.round <= round);
  return {
    ...state,
    amendment: null,
    withdrawnAmendments: [
      ...state.withdrawnAmendments,
      {
        number,
        reason,
        proposedBy,
        proposedAt,
        withdrawalReason: data.reason,
        withdrawnBy: data.withdrawnBy ?? null,
        withdrawnAt: data.withdrawnAt ?? null,
      },
    ],
    textHash,
    signatures,
    text: {
      ...state.text,
      draft: versions.at(-1)?.text ?? state.text.draft,
      versions,
      reviews: {},
    },
  };
}
