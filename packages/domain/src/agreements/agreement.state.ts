import type { AgreementDetails } from './agreement.events.js';
import type { AgreementPosition, NoAgreementPosition } from './agreement.position.js';
import type { TextFacts } from './text/text.model.js';

/** What decide needs to know about an existing agreement, beyond where it stands. */
export interface AgreementFacts {
  id: string;
  details: AgreementDetails;
  /** User id of the drafter: they may not approve their own draft. */
  createdBy: string;
  /** Negotiation round, 0 until negotiation starts. */
  round: number;
  /** Hash of the finalised text; null while the text is still being negotiated. */
  textHash: string | null;
  effectiveOn: string | null;
  reviewDueOn: string | null;
  terminatedOn: string | null;
  /** The draft text, the negotiated versions and legal's review of the current one. */
  text: TextFacts;
}

export type ExistingAgreementState = AgreementPosition & AgreementFacts;

/** The fold of an agreement's events: nothing yet, or an agreement at a (status, step). */
export type AgreementState = NoAgreementPosition | ExistingAgreementState;

export const initialAgreementState: AgreementState = { status: 'none' };
