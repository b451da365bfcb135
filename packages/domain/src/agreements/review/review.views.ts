import type { ApprovalPurpose } from '../../approvals/approval-policy.js';
import type {
  CommitmentKind,
  ObligedParty,
  OccurrenceStatus,
} from '../../commitments/commitment.model.js';
import type { PartnerScorecard, Scorecard } from '../../commitments/scorecard.js';
import type { LocalizedText } from '../../shared/localized-text.js';
import type { Party } from '../agreement.schemas.js';
import type { AgreementStatus } from '../agreement.status.js';
import type { UserRef } from '../agreement.views.js';

/** Another agreement with one of the same partners: how the relationship went before. */
export interface PartnerAgreementView {
  id: string;
  title: LocalizedText;
  titleLanguages: string[];
  status: AgreementStatus;
  step: string;
  startsOn: string | null;
  endsOn: string | null;
  /** The partners it shares with the agreement under review. */
  sharedPartners: string[];
}

/** An occurrence of a commitment still to be done (planned or in progress). */
export interface OpenOccurrenceView {
  commitmentId: string;
  title: LocalizedText;
  kind: CommitmentKind;
  owedBy: ObligedParty;
  dueOn: string;
  status: OccurrenceStatus;
  /** Derived from the day the review was read, never stored. */
  overdue: boolean;
  owner: Pick<UserRef, 'id' | 'name'>;
}

/** An approval of the agreement that has not finished. */
export interface OpenApprovalView {
  purpose: ApprovalPurpose;
  /** 0-based index of the step waiting for decisions. */
  currentStep: number | null;
  dueAt: string | null;
}

/** An amendment still being drafted, negotiated or signed. */
export interface OpenAmendmentView {
  number: number;
  reason: string;
  proposedAt: string;
}

/**
 * `GET /api/agreements/{id}/review`: what the renewal review page is pre-filled with, read
 * from the read models. `asOf` is the day overdue was judged on.
 */
export interface AgreementReviewView {
  agreementId: string;
  asOf: string;
  status: AgreementStatus;
  step: string;
  partners: Party[];
  expiresOn: string | null;
  reviewDueOn: string | null;
  /** Who the review is assigned to; null before a review, or when it started unassigned. */
  assignee: UserRef | null;
  /** This agreement's commitments, per year. */
  scorecard: Scorecard;
  /** One scorecard per partner of this agreement, across all agreements with them. */
  partnerScorecards: PartnerScorecard[];
  /** Other agreements with the same partner(s), newest first. */
  partnerAgreements: PartnerAgreementView[];
  openItems: {
    occurrences: OpenOccurrenceView[];
    approvals: OpenApprovalView[];
    amendments: OpenAmendmentView[];
  };
}
