import type { AgreementDetails } from './agreement.events.js';
import type { AgreementPosition, NoAgreementPosition } from './agreement.position.js';
import type { ApprovalRun } from '../approvals/approval-run.js';
import type { AgreementParticulars } from './particulars/agreement-particulars.js';
import type { AttachmentRef, SignatureRecord } from './signing/signing.schemas.js';
import type { TextFacts } from './text/text.model.js';
import type {
  AmendmentInProgress,
  AmendmentRecord,
  WithdrawnAmendmentRecord,
} from './amendments/amendment.model.js';

/** What decide needs to know about an existing agreement, beyond where it stands. */
export interface AgreementFacts {
  id: string;
  /** The details with every particular filled in (defaults for agreements older than them). */
  details: AgreementDetails & AgreementParticulars;
  /** User id of the drafter: they may not approve their own draft. */
  createdBy: string;
  /** Negotiation round, 0 until negotiation starts. */
  round: number;
  /** Hash of the finalised text; null while the text is still being negotiated. */
  textHash: string | null;
  effectiveOn: string | null;
  reviewDueOn: string | null;
  /** Who the current (or last) review is assigned to; null before any, or if unassigned. */
  reviewAssignee: string | null;
  terminatedOn: string | null;
  /** The approval running, or the last one run; absent before the first submission. */
  approval?: ApprovalRun;
  /** The signatures collected since signing opened, in the order they were recorded. */
  signatures: SignatureRecord[];
  attachments: AttachmentRef[];
  /** The draft text, the negotiated versions and legal's review of the current one. */
  text: TextFacts;
  /** The amendment being worked on while the agreement stays in force; null when none. */
  amendment: AmendmentInProgress | null;
  /** The amendments that took effect, oldest first: the amendment chain. */
  amendments: AmendmentRecord[];
  /** The amendments withdrawn before signing, oldest first; they never changed the text. */
  withdrawnAmendments: WithdrawnAmendmentRecord[];
  /**
   * The negotiation round whose text is in force (the consolidated text): set by the
   * signature and by each amendment taking effect; null before the first signature.
   */
  inForceRound: number | null;
}

export type ExistingAgreementState = AgreementPosition & AgreementFacts;

/** The fold of an agreement's events: nothing yet, or an agreement at a (status, step). */
export type AgreementState = NoAgreementPosition | ExistingAgreementState;

export const initialAgreementState: AgreementState = { status: 'none' };
