import type { LocalizedText } from '../shared/localized-text.js';
import type { Party } from './agreement.schemas.js';
import type { AgreementStatus, AgreementType } from './agreement.status.js';
import type { ApprovalStarted, ApprovalReturn } from '../approvals/approval-events.js';
import type { ApprovalDecision } from '../approvals/approval-run.js';
import type { ReviewDecisionProposedData } from './review/review-decision.js';
import type { AgreementParticulars } from './particulars/agreement-particulars.js';
import type { AttachmentRef, SignatureRecord } from './signing/signing.schemas.js';
import type { AgreementText, ClauseReviewStatus, TextProposer } from './text/text.model.js';

/**
 * Every fact about an agreement, past tense, one union. Stored payloads are `data`;
 * changing the shape of a stored payload needs an upcaster in the api's event store.
 * The particulars are optional here because events stored before them lack them; evolve
 * fills in their defaults (see particulars/agreement-particulars.ts).
 */
export interface AgreementDetails extends Partial<AgreementParticulars> {
  title: LocalizedText;
  /**
   * The title's languages in the order the user gave them: payloads are stored as jsonb,
   * which reorders object keys, so the title itself cannot keep it. Absent from events
   * stored before it was recorded (see title-languages.ts for the fallback).
   */
  titleLanguages?: string[];
  type: AgreementType | null;
  summary: LocalizedText | null;
  ourOrganisation: string | null;
  partners: Party[];
  startsOn: string | null;
  endsOn: string | null;
}

export type AgreementEvent =
  | {
      type: 'AgreementDrafted';
      /** `createdBy` travels in the payload so the fold knows who may not approve the draft. */
      data: { agreementId: string; createdBy: string } & AgreementDetails;
    }
  | { type: 'AgreementDetailsEdited'; data: Partial<AgreementDetails> }
  | { type: 'AgreementSubmittedForApproval'; data: ApprovalStarted }
  | { type: 'DraftApproved'; data: { comment: string | null } }
  | { type: 'DraftReturnedForChanges'; data: ApprovalReturn }
  | { type: 'NegotiationStarted'; data: Record<string, never> }
  | {
      type: 'NegotiationRoundOpened';
      /** `text` null: the previous round's text, in rows recorded before rounds carried one. */
      data: { round: number; proposedBy: TextProposer; text: AgreementText | null };
    }
  | { type: 'TextFinalised'; data: { textHash: string } }
  | { type: 'ClearanceToSignRequested'; data: ApprovalStarted }
  | { type: 'ClearedToSign'; data: { comment: string | null } }
  | { type: 'ClearanceRefused'; data: ApprovalReturn }
  | { type: 'SigningOpened'; data: Record<string, never> }
  | {
      type: 'AgreementSigned';
      /** `endsOn` and `reviewDueOn` are absent from events stored before they were computed. */
      data: { effectiveOn: string; endsOn?: string | null; reviewDueOn?: string | null };
    }
  | { type: 'AgreementSuspended'; data: { reason: string } }
  | { type: 'AgreementResumed'; data: Record<string, never> }
  | {
      type: 'ReviewStarted';
      /** `assignee` is absent from events stored before reviews were assigned. */
      data: { dueOn: string | null; assignee?: string | null };
    }
  | {
      type: 'AgreementRenewed';
      /** `months` and `reviewDueOn` are absent from events stored before renewal computed them. */
      data: {
        endsOn: string;
        comment: string | null;
        months?: number | null;
        reviewDueOn?: string | null;
      };
    }
  | { type: 'AgreementExpired'; data: { comment: string | null } }
  | { type: 'ReviewDecisionProposed'; data: ReviewDecisionProposedData }
  | { type: 'ReviewDecisionRejected'; data: ApprovalReturn }
  | { type: 'AgreementTerminated'; data: { reason: string; terminatedOn: string } }
  | { type: 'AgreementWithdrawn'; data: { reason: string } }
  | { type: 'ApprovalDecisionRecorded'; data: ApprovalDecision }
  | { type: 'SignatureRecorded'; data: SignatureRecord }
  | { type: 'AttachmentAdded'; data: AttachmentRef }
  | { type: 'AgreementTextEdited'; data: { text: AgreementText } }
  | {
      /**
       * One event for all three verdicts, told apart by `status`: the transition table
       * has one row (and so one event) per command and position.
       */
      type: 'ClauseReviewed';
      data: {
        clauseKey: string;
        /** The clause's number in that round, for readers of the history. */
        number: number;
        round: number;
        status: ClauseReviewStatus;
        comment: string | null;
        wording: LocalizedText | null;
      };
    }
  | {
      type: 'AmendmentProposed';
      data: { number: number; reason: string; proposedBy: string; proposedAt: string };
    }
  | { type: 'AmendmentTookEffect'; data: { number: number; effectiveOn: string; textHash: string } }
  | {
      type: 'AmendmentWithdrawn';
      /** `withdrawnBy` and `withdrawnAt` are absent from events stored before they were recorded. */
      data: { number: number; reason: string; withdrawnBy?: string; withdrawnAt?: string };
    };

export type AgreementEventType = AgreementEvent['type'];

/** What the store keeps around each event. */
export interface EventMetadata {
  actorId: string;
  occurredAt: string;
}

/** The status an event leaves the agreement in, for docs and the timeline. */
export type StatusAfter = { status: AgreementStatus; step: string };
