import type { AgreementEvent } from './agreement.events.js';
import { positionKey } from './agreement.position.js';
import type { AgreementPosition } from './agreement.position.js';
import { initialAgreementState } from './agreement.state.js';
import type { AgreementState, ExistingAgreementState } from './agreement.state.js';
import { transitionForEvent } from './transitions.js';
import { evolveApproval } from '../approvals/approval-evolve.js';
import { withDefaultParticulars } from './particulars/agreement-particulars.js';
import { NO_TEXT } from './text/text.model.js';
import { clauseReviewed, negotiationStarted, roundOpened, textEdited } from './text/text.evolve.js';
import {
  amendmentNegotiationStarted,
  amendmentProposed,
  amendmentTookEffect,
  amendmentWithdrawn,
} from './amendments/amendment.evolve.js';

/**
 * Applies one recorded event. Where the agreement moves to is read from the transition
 * table, so the fold and decide cannot disagree about the lifecycle; this function only
 * records what each event changes besides the position.
 *
 * An event the table does not allow from the current position means the stream is corrupt
 * (or needs an upcaster): that is a bug to surface, not a business rule, so it is a plain
 * Error rather than a DomainError.
 */
export function evolve(state: AgreementState, event: AgreementEvent): AgreementState {
  const row = transitionForEvent(event.type, state);
  if (row === undefined) {
    throw new Error(
      `${event.type} cannot follow ${positionKey(state)}: the event stream is inconsistent`,
    );
  }
  if (event.type === 'AgreementDrafted') {
    const { agreementId, createdBy, ...details } = event.data;
    return {
      ...row.to,
      id: agreementId,
      details: withDefaultParticulars(details),
      createdBy,
      round: 0,
      textHash: null,
      effectiveOn: null,
      reviewDueOn: null,
      reviewAssignee: null,
      terminatedOn: null,
      signatures: [],
      attachments: [],
      text: NO_TEXT,
      amendment: null,
      amendments: [],
      withdrawnAmendments: [],
      inForceRound: null,
    } as ExistingAgreementState;
  }
  if (state.status === 'none') {
    throw new Error(`${event.type} cannot be the first event of an agreement`);
  }
  const moved = evolveApproval(moveTo(state, row.to), event);

  switch (event.type) {
    case 'AgreementDetailsEdited':
      return { ...moved, details: { ...moved.details, ...definedOnly(event.data) } };
    case 'NegotiationStarted':
      if (moved.amendment !== null) return amendmentNegotiationStarted(moved);
      return { ...moved, round: 1, text: negotiationStarted(moved.text) };
    case 'NegotiationRoundOpened':
      // A new round reopens the text: the old hash no longer describes what will be signed.
      return {
        ...moved,
        round: event.data.round,
        textHash: null,
        text: roundOpened(moved.text, event.data.round, event.data.proposedBy, event.data.text),
      };
    case 'TextFinalised':
      return { ...moved, textHash: event.data.textHash };
    case 'AgreementSigned':
      // Older events carry only effectiveOn: the end date stays, no review date is known.
      return {
        ...moved,
        effectiveOn: event.data.effectiveOn,
        details: { ...moved.details, endsOn: event.data.endsOn ?? moved.details.endsOn },
        reviewDueOn: event.data.reviewDueOn ?? moved.reviewDueOn,
        inForceRound: moved.round,
      };
    case 'ReviewStarted':
      return {
        ...moved,
        reviewDueOn: event.data.dueOn,
        reviewAssignee: event.data.assignee ?? null,
      };
    case 'AgreementRenewed':
      return {
        ...moved,
        details: { ...moved.details, endsOn: event.data.endsOn },
        reviewDueOn: event.data.reviewDueOn ?? null,
      };
    case 'AgreementTerminated':
      return { ...moved, terminatedOn: event.data.terminatedOn };
    case 'AgreementTextEdited':
      return { ...moved, text: textEdited(moved.text, event.data.text) };
    case 'ClauseReviewed': {
      const { clauseKey, status, round, comment, wording } = event.data;
      return {
        ...moved,
        text: clauseReviewed(moved.text, clauseKey, { status, round, comment, wording }),
      };
    }
    case 'AgreementSubmittedForApproval':
    case 'DraftApproved':
    case 'DraftReturnedForChanges':
    case 'ClearanceToSignRequested':
    case 'ClearedToSign':
    case 'ClearanceRefused':
    case 'AgreementSuspended':
    case 'AgreementResumed':
    case 'AgreementExpired':
    case 'AgreementWithdrawn':
    case 'ApprovalDecisionRecorded':
    case 'ReviewDecisionProposed':
    case 'ReviewDecisionRejected':
      return moved;
    case 'SigningOpened':
      // Signatures are collected afresh each time signing opens (an amendment signs again).
      return { ...moved, signatures: [] };
    case 'SignatureRecorded':
      return { ...moved, signatures: [...moved.signatures, event.data] };
    case 'AttachmentAdded':
      return { ...moved, attachments: [...moved.attachments, event.data] };
    case 'AmendmentProposed':
      return amendmentProposed(moved, event.data);
    case 'AmendmentTookEffect':
      return amendmentTookEffect(moved, event.data);
    case 'AmendmentWithdrawn':
      return amendmentWithdrawn(moved, event.data);
    default: {
      const unhandled: never = event;
      throw new Error(`Unhandled event ${JSON.stringify(unhandled)}`);
    }
  }
}

/** The state of an agreement after all its events, oldest first. */
export function foldAgreement(events: readonly AgreementEvent[]): AgreementState {
  return events.reduce(evolve, initialAgreementState);
}

function moveTo(state: ExistingAgreementState, to: AgreementPosition): ExistingAgreementState {
  // The cast pairs a status with its own step, which the table guarantees for `to`.
  return { ...state, status: to.status, step: to.step } as ExistingAgreementState;
}

/** Drops keys an edit did not mention, so they keep their value instead of becoming undefined. */
function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(changes).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
