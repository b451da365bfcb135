import { COMMAND_PERMISSIONS, mayRun } from '../auth/command-permissions.js';
import { DomainError } from '../shared/domain-error.js';
import { sameJson } from '../shared/same-json.js';
import { drafterOf } from './amendments/drafter.js';
import type {
  AgreementCommand,
  AgreementCommandType,
  CommandMetadata,
  CreateDraftAgreement,
} from './agreement.commands.js';
import { dateConflict } from './agreement.dates.js';
import type { AgreementDetails, AgreementEvent } from './agreement.events.js';
import { positionKey } from './agreement.position.js';
import { REQUIRED_FIELD_RULES, firstMissingField } from './agreement.requirements.js';
import type { AgreementState, ExistingAgreementState } from './agreement.state.js';
import { AgreementErrorCode } from './agreement-error-code.js';
import { evolve } from './evolve.js';
import { particularsOf } from './particulars/agreement-particulars.js';
import { decideRenewal, renewal } from './review/renew-agreement.decide.js';
import { proposeReviewDecision } from './review/propose-review-decision.decide.js';
import { reviewAssigneeFor } from './review/review-assignee.js';
import { decideSignature } from './signing/sign-agreement.decide.js';
import { transitionFor } from './transitions.js';
import { approveStep, returnFromApproval, startApproval } from '../approvals/approval-decide.js';
import {
  decideAddRound,
  decideEditText,
  decideFinalise,
  decideReviewClause,
} from './text/text.decide.js';
import type { AgreementTransition } from './transitions.js';
import {
  amendmentSignatureOutcome,
  decideProposeAmendment,
  decideWithdraw,
} from './amendments/amendment.decide.js';

type AgreementError = DomainError<AgreementErrorCode>;

/**
 * Decides what happens when `command` meets an agreement in `state`: the events to record,
 * or a DomainError saying which rule refused it. Pure: the actor and time come from
 * `metadata`, ids from the command. Where a command may run from, where it leads and what
 * it requires are read from AGREEMENT_TRANSITIONS; this function holds only the rules the
 * table cannot express (blank reasons, the order of dates, what actually changed).
 */
export function decide(
  command: AgreementCommand,
  state: AgreementState,
  metadata: CommandMetadata,
): AgreementEvent[] {
  const row = transitionFor(command.type, state);
  if (row === undefined) throw refusal(command.type, state);
  if (!mayRun(metadata.actor.role, command.type)) {
    throw error(
      AgreementErrorCode.RoleNotPermitted,
      `The role ${metadata.actor.role} may not ${command.type} (only ${COMMAND_PERMISSIONS[command.type].join(', ')})`,
    );
  }
  if (row.forbidsCreator && state.status !== 'none' && drafterOf(state) === metadata.actor.userId) {
    throw error(
      AgreementErrorCode.SelfApprovalForbidden,
      `${command.type} must be done by someone other than the agreement's drafter`,
    );
  }
  const events = eventsFor(command, state, metadata, row);
  if (events.length > 0) checkOutcome(row, events.reduce(evolve, state));
  return events;
}

function eventsFor(
  command: AgreementCommand,
  state: AgreementState,
  metadata: CommandMetadata,
  row: AgreementTransition,
): AgreementEvent[] {
  const { forbidsCreator } = row;
  // Under review, renewing, letting expire and terminating propose; the policy decides.
  const proposes = row.event === 'ReviewDecisionProposed';
  if (command.type === 'CreateDraftAgreement') return [drafted(command, metadata)];
  // transitionFor already refused every other command on a missing agreement; this narrows.
  if (state.status === 'none') throw refusal(command.type, state);

  switch (command.type) {
    case 'EditAgreementDetails': {
      const changes = changedDetails(state, command.data);
      return Object.keys(changes).length === 0
        ? []
        : [{ type: 'AgreementDetailsEdited', data: changes }];
    }
    case 'SubmitForApproval':
      return startApproval('draft', state, metadata);
    case 'ApproveDraft':
      return approveStep('draft', command.data.comment ?? null, state, metadata, forbidsCreator);
    case 'ReturnDraftForChanges':
      return [
        returnFromApproval(
          'draft',
          command.data.intent ?? 'rejected',
          command.data.comment,
          state,
          metadata,
        ),
      ];
    case 'StartNegotiation':
      return [{ type: 'NegotiationStarted', data: {} }];
    case 'OpenNegotiationRound':
      return decideAddRound(state, command.data.proposedBy, command.data.text);
    case 'FinaliseText':
      return decideFinalise(state, command.data);
    case 'RequestClearanceToSign':
      return startApproval('clearance', state, metadata);
    case 'ClearToSign':
      return approveStep(
        'clearance',
        command.data.comment ?? null,
        state,
        metadata,
        forbidsCreator,
      );
    case 'RefuseClearance':
      return [
        returnFromApproval(
          'clearance',
          command.data.intent ?? 'rejected',
          command.data.comment,
          state,
          metadata,
        ),
      ];
    case 'OpenSigning':
      return [{ type: 'SigningOpened', data: {} }];
    case 'SignAgreement':
      return amendmentSignatureOutcome(state, decideSignature(state, command.data, metadata));
    case 'SuspendAgreement':
      return [
        {
          type: 'AgreementSuspended',
          data: { reason: requireText(command.data.reason, 'reason') },
        },
      ];
    case 'ResumeAgreement':
      return [{ type: 'AgreementResumed', data: {} }];
    case 'StartReview':
      // Without a date of its own, the review is due when signing or renewal computed it.
      return [
        {
          type: 'ReviewStarted',
          data: {
            dueOn: command.data.dueOn ?? state.reviewDueOn,
            assignee: reviewAssigneeFor({
              agreementId: state.id,
              drafter: state.createdBy,
              managers: metadata.managers ?? [],
              requested: command.data.assignee,
            }),
          },
        },
      ];
    case 'RenewAgreement':
      // The new term is computed (and checked) now, so approvers approve exactly it.
      return [proposeReviewDecision(renewal(decideRenewal(state, command.data)), state, metadata)];
    case 'LetExpire':
      return [
        proposeReviewDecision(
          { decision: 'expire', comment: command.data.comment ?? null },
          state,
          metadata,
        ),
      ];
    case 'TerminateAgreement': {
      const termination = {
        reason: requireText(command.data.reason, 'reason'),
        terminatedOn: command.data.terminatedOn,
      };
      return proposes
        ? [proposeReviewDecision({ decision: 'terminate', ...termination }, state, metadata)]
        : [{ type: 'AgreementTerminated', data: termination }];
    }
    case 'ApproveReviewDecision':
      return approveStep('review', command.data.comment ?? null, state, metadata, forbidsCreator);
    case 'RejectReviewDecision':
      return [
        returnFromApproval(
          'review',
          command.data.intent ?? 'rejected',
          command.data.comment,
          state,
          metadata,
        ),
      ];
    case 'WithdrawAgreement':
      return [decideWithdraw(state, requireText(command.data.reason, 'reason'), metadata)];
    case 'AddAttachment':
      return [{ type: 'AttachmentAdded', data: command.data }];
    case 'EditAgreementText':
      return decideEditText(state, command.data.text);
    case 'ReviewClause':
      return decideReviewClause(state, command.data);
    case 'ProposeAmendment':
      return [decideProposeAmendment(state, requireText(command.data.reason, 'reason'), metadata)];
    default: {
      const unhandled: never = command;
      throw new Error(`Unhandled command ${JSON.stringify(unhandled)}`);
    }
  }
}

function drafted(command: CreateDraftAgreement, metadata: CommandMetadata): AgreementEvent {
  const { agreementId, title, type, summary, ourOrganisation, partners, startsOn, endsOn } =
    command.data;
  return {
    type: 'AgreementDrafted',
    data: {
      agreementId,
      createdBy: metadata.actor.userId,
      title,
      titleLanguages: Object.keys(title),
      type: type ?? null,
      summary: summary ?? null,
      ourOrganisation: ourOrganisation ?? null,
      partners: partners ?? [],
      startsOn: startsOn ?? null,
      endsOn: endsOn ?? null,
      ...particularsOf(command.data),
    },
  };
}

/** Only what actually differs, so the history shows real changes and a no-op edit records nothing. */
function changedDetails(
  state: ExistingAgreementState,
  edit: Partial<AgreementDetails>,
): Partial<AgreementDetails> {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(edit)) {
    if (value === undefined) continue;
    const current: unknown = state.details[key as keyof AgreementDetails];
    // Key order is not a change: the stored payload comes back with its keys reordered.
    if (!sameJson(current, value)) changes[key] = value;
  }
  // The order the user gave the title's languages in, which its jsonb payload loses.
  if (changes['title'] !== undefined && edit.title !== undefined) {
    changes['titleLanguages'] = Object.keys(edit.title);
  }
  return changes as Partial<AgreementDetails>;
}

/** Rules checked on the agreement as the events would leave it. */
function checkOutcome(row: AgreementTransition, after: AgreementState): void {
  if (after.status === 'none') return;
  const missing = firstMissingField(row.requires, after);
  if (missing !== null) {
    throw error(
      AgreementErrorCode.RequiredFieldMissing,
      `${row.command} needs ${REQUIRED_FIELD_RULES[missing]}`,
      missing,
    );
  }
  const conflict = dateConflict(after);
  if (conflict !== null)
    throw error(AgreementErrorCode.InvalidDates, conflict.message, conflict.field);
}

function requireText(value: string, field: string): string {
  if (value.trim() === '') {
    throw error(AgreementErrorCode.RequiredFieldMissing, `A ${field} is required`, field);
  }
  return value;
}

function refusal(command: AgreementCommandType, state: AgreementState): AgreementError {
  if (state.status === 'none') {
    return error(AgreementErrorCode.AgreementNotFound, `There is no agreement to ${command}`);
  }
  if (command === 'CreateDraftAgreement') {
    return error(AgreementErrorCode.AgreementAlreadyExists, `Agreement ${state.id} already exists`);
  }
  return error(
    AgreementErrorCode.TransitionNotAllowed,
    `${command} is not allowed when the agreement is at ${positionKey(state)}`,
  );
}

function error(code: AgreementErrorCode, message: string, field?: string): AgreementError {
  return new DomainError(code, message, field);
}
