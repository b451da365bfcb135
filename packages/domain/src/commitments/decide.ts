import {
  COMMITMENT_COMMAND_PERMISSIONS,
  mayRunCommitmentCommand,
} from '../auth/commitment-permissions.js';
import { TERMINAL_STATUSES } from '../agreements/agreement.status.js';
import type { AgreementStatus } from '../agreements/agreement.status.js';
import { DomainError } from '../shared/domain-error.js';
import { sameJson } from '../shared/same-json.js';
import type {
  CommitmentAgreementFacts,
  CommitmentCommand,
  CommitmentCommandMetadata,
  EditCommitmentInput,
  PlanCommitment,
} from './commitment.commands.js';
import { CommitmentErrorCode } from './commitment-error-code.js';
import type { CommitmentEvent } from './commitment.events.js';
import type {
  CommitmentDetails,
  CommitmentSchedule,
  CommitmentScheduleInput,
} from './commitment.model.js';
import type { CommitmentState, ExistingCommitmentState } from './commitment.state.js';
import { OCCURRENCE_TRANSITIONS, occurrenceCommandAllowed, occurrencesOf } from './occurrences.js';
import type { Occurrence, OccurrenceCommandType } from './occurrences.js';
import { occurrenceDates } from './recurrence.js';

type CommitmentError = DomainError<CommitmentErrorCode>;

/**
 * Decides what `command` does to a commitment: the events to record, or a DomainError
 * naming the rule. Pure: actor, time and the agreement's facts come in `metadata`.
 */
export function decideCommitment(
  command: CommitmentCommand,
  state: CommitmentState,
  metadata: CommitmentCommandMetadata,
): CommitmentEvent[] {
  if (!mayRunCommitmentCommand(metadata.actor.role, command.type)) {
    throw error(
      CommitmentErrorCode.RoleNotPermitted,
      `The role ${metadata.actor.role} may not ${command.type} (only ${COMMITMENT_COMMAND_PERMISSIONS[command.type].join(', ')})`,
    );
  }
  if (command.type === 'PlanCommitment') {
    if (state.status !== 'none') {
      throw error(CommitmentErrorCode.CommitmentAlreadyExists, `Commitment ${state.id} exists`);
    }
    return [planned(command, metadata)];
  }
  if (state.status === 'none') {
    throw error(
      CommitmentErrorCode.CommitmentNotFound,
      `There is no commitment to ${command.type}`,
    );
  }
  if (state.status === 'cancelled') {
    throw error(
      CommitmentErrorCode.CommitmentCancelled,
      `The commitment was cancelled: ${command.type} is not allowed`,
    );
  }

  switch (command.type) {
    case 'EditCommitment':
      return edited(state, command.data, metadata.agreement);
    case 'StartOccurrence': {
      const { periodKey, note } = command.data;
      occurrenceFor(state, periodKey, command.type);
      return [{ type: 'OccurrenceStarted', data: { periodKey, note: note ?? null } }];
    }
    case 'FulfilOccurrence': {
      const { periodKey, note } = command.data;
      occurrenceFor(state, periodKey, command.type);
      // Fulfilled means all of it: the quantity done is the quantity owed.
      const quantityDone = state.details.quantity?.amount ?? null;
      return [
        { type: 'OccurrenceFulfilled', data: { periodKey, note: note ?? null, quantityDone } },
      ];
    }
    case 'RecordPartialFulfilment': {
      const { periodKey, note, quantityDone } = command.data;
      occurrenceFor(state, periodKey, command.type);
      const quantity = state.details.quantity;
      if (quantity === null) {
        throw error(
          CommitmentErrorCode.QuantityNotApplicable,
          'This commitment has no quantity: record it as fulfilled, missed or waived',
          'quantityDone',
        );
      }
      if (quantityDone >= quantity.amount) {
        throw error(
          CommitmentErrorCode.QuantityOutOfRange,
          `A partial fulfilment is less than the ${quantity.amount} ${quantity.unit} owed`,
          'quantityDone',
        );
      }
      return [
        {
          type: 'OccurrencePartiallyFulfilled',
          data: { periodKey, note: note ?? null, quantityDone },
        },
      ];
    }
    case 'MarkOccurrenceMissed': {
      const { periodKey, reason } = command.data;
      occurrenceFor(state, periodKey, command.type);
      return [{ type: 'OccurrenceMissed', data: { periodKey, reason: reason ?? null } }];
    }
    case 'WaiveOccurrence': {
      const { periodKey, reason } = command.data;
      occurrenceFor(state, periodKey, command.type);
      return [{ type: 'OccurrenceWaived', data: { periodKey, reason } }];
    }
    case 'AddEvidence': {
      const { periodKey, note, file, evidenceId } = command.data;
      occurrenceFor(state, periodKey, null);
      const text = note ?? null;
      return [
        {
          type: 'EvidenceAdded',
          data: {
            periodKey,
            evidenceId,
            note: text !== null && text.trim() !== '' ? text : null,
            file: file ?? null,
          },
        },
      ];
    }
    case 'CancelCommitment':
      return [{ type: 'CommitmentCancelled', data: { reason: command.data.reason } }];
    default: {
      const unhandled: never = command;
      throw new Error(`Unhandled command ${JSON.stringify(unhandled)}`);
    }
  }
}

function planned(command: PlanCommitment, metadata: CommitmentCommandMetadata): CommitmentEvent {
  const agreement = openAgreement(metadata.agreement, command.data.agreementId);
  const { commitmentId, agreementId, schedule, ...input } = command.data;
  const details: CommitmentDetails = {
    title: input.title,
    kind: input.kind,
    owedBy: input.owedBy,
    partner: input.partner ?? null,
    clause: input.clause ?? null,
    ownerId: input.ownerId,
    quantity: input.quantity ?? null,
    schedule: boundedSchedule(schedule, agreement),
    notes: input.notes ?? null,
  };
  checkDetails(details, agreement);
  return {
    type: 'CommitmentPlanned',
    data: { commitmentId, agreementId, plannedBy: metadata.actor.userId, ...details },
  };
}

function edited(
  state: ExistingCommitmentState,
  edit: EditCommitmentInput,
  facts: CommitmentAgreementFacts | undefined,
): CommitmentEvent[] {
  const agreement = openAgreement(facts, state.agreementId);
  const { schedule, ...rest } = edit;
  const proposed: Partial<CommitmentDetails> = {
    ...Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)),
    ...(schedule === undefined ? {} : { schedule: boundedSchedule(schedule, agreement) }),
  };
  const after: CommitmentDetails = { ...state.details, ...proposed };
  // A partner is named only while a partner owes it.
  if (after.owedBy !== 'partner') {
    after.partner = null;
    proposed.partner = null;
  }
  checkDetails(after, agreement);
  const changes = Object.fromEntries(
    Object.entries(proposed).filter(
      ([key, value]) => !sameJson(state.details[key as keyof CommitmentDetails], value),
    ),
  ) as Partial<CommitmentDetails>;
  return Object.keys(changes).length === 0 ? [] : [{ type: 'CommitmentEdited', data: changes }];
}

/** The agreement must exist and still be alive: a closed agreement obliges nobody anymore. */
function openAgreement(
  agreement: CommitmentAgreementFacts | undefined,
  agreementId: string,
): CommitmentAgreementFacts {
  if (agreement === undefined || agreement.id !== agreementId) {
    throw error(CommitmentErrorCode.AgreementNotFound, `There is no agreement ${agreementId}`);
  }
  if ((TERMINAL_STATUSES as readonly AgreementStatus[]).includes(agreement.status)) {
    throw error(
      CommitmentErrorCode.AgreementClosed,
      `The agreement is ${agreement.status}: its commitments can no longer be planned or changed`,
    );
  }
  return agreement;
}

/** A recurrence without its own bounds runs through the agreement's term. */
function boundedSchedule(
  input: CommitmentScheduleInput,
  agreement: CommitmentAgreementFacts,
): CommitmentSchedule {
  if (input.kind === 'once') return input;
  const startsOn = input.startsOn ?? agreement.startsOn;
  if (startsOn === null) {
    throw error(
      CommitmentErrorCode.ScheduleUnbounded,
      'A recurrence needs a start date: give schedule.startsOn, or a start date to the agreement',
      'schedule.startsOn',
    );
  }
  const endsOn = input.endsOn === undefined ? agreement.endsOn : input.endsOn;
  return { kind: 'recurring', rrule: input.rrule, startsOn, endsOn };
}

function checkDetails(details: CommitmentDetails, agreement: CommitmentAgreementFacts): void {
  if (details.owedBy === 'partner') {
    if (details.partner === null) {
      throw error(
        CommitmentErrorCode.RequiredFieldMissing,
        'Name the partner that owes the commitment',
        'partner',
      );
    }
    if (!agreement.partners.includes(details.partner)) {
      throw error(
        CommitmentErrorCode.UnknownPartner,
        `${details.partner} is not a partner of this agreement (${agreement.partners.join(', ') || 'none yet'})`,
        'partner',
      );
    }
  }
  if (details.schedule.kind === 'recurring' && occurrenceDates(details.schedule).length === 0) {
    throw error(
      CommitmentErrorCode.ScheduleEmpty,
      'The recurrence yields no date between startsOn and endsOn',
      'schedule.rrule',
    );
  }
}

/** The occurrence a command is about; with a command type, also checks it may run from there. */
function occurrenceFor(
  state: ExistingCommitmentState,
  periodKey: string,
  command: OccurrenceCommandType | null,
): Occurrence {
  const occurrence = occurrencesOf(state).find((candidate) => candidate.periodKey === periodKey);
  if (occurrence === undefined) {
    throw error(
      CommitmentErrorCode.OccurrenceNotFound,
      `The schedule has no occurrence on ${periodKey}`,
      'periodKey',
    );
  }
  if (command !== null && !occurrenceCommandAllowed(command, occurrence.status)) {
    throw error(
      CommitmentErrorCode.OccurrenceTransitionNotAllowed,
      `${command} is not allowed on an occurrence that is ${occurrence.status} (only from ${OCCURRENCE_TRANSITIONS[command].from.join(', ')})`,
      'periodKey',
    );
  }
  return occurrence;
}

function error(code: CommitmentErrorCode, message: string, field?: string): CommitmentError {
  return new DomainError(code, message, field);
}
