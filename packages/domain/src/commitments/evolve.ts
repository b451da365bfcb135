import type { CommitmentEvent } from './commitment.events.js';
import type { OccurrenceStatus } from './commitment.model.js';
import { initialCommitmentState } from './commitment.state.js';
import type {
  CommitmentState,
  ExistingCommitmentState,
  OccurrenceRecord,
} from './commitment.state.js';
import { OCCURRENCE_TRANSITIONS, untouched } from './occurrences.js';

/**
 * Applies one recorded commitment event. An event that cannot follow the state means a
 * corrupt stream (a bug, not a business rule), so it is a plain Error.
 */
export function evolveCommitment(state: CommitmentState, event: CommitmentEvent): CommitmentState {
  if (event.type === 'CommitmentPlanned') {
    const { commitmentId, agreementId, plannedBy, ...details } = event.data;
    return {
      status: 'open',
      id: commitmentId,
      agreementId,
      plannedBy,
      details,
      occurrences: {},
      cancelReason: null,
    };
  }
  if (state.status === 'none') {
    throw new Error(`${event.type} cannot be the first event of a commitment`);
  }
  switch (event.type) {
    case 'CommitmentEdited':
      return { ...state, details: { ...state.details, ...event.data } };
    case 'OccurrenceStarted':
      return record(state, event.data.periodKey, OCCURRENCE_TRANSITIONS.StartOccurrence.to, {
        note: event.data.note,
      });
    case 'OccurrenceFulfilled':
      return record(state, event.data.periodKey, OCCURRENCE_TRANSITIONS.FulfilOccurrence.to, {
        note: event.data.note,
        quantityDone: event.data.quantityDone,
      });
    case 'OccurrencePartiallyFulfilled':
      return record(
        state,
        event.data.periodKey,
        OCCURRENCE_TRANSITIONS.RecordPartialFulfilment.to,
        { note: event.data.note, quantityDone: event.data.quantityDone },
      );
    case 'OccurrenceMissed':
      return record(state, event.data.periodKey, OCCURRENCE_TRANSITIONS.MarkOccurrenceMissed.to, {
        reason: event.data.reason,
      });
    case 'OccurrenceWaived':
      return record(state, event.data.periodKey, OCCURRENCE_TRANSITIONS.WaiveOccurrence.to, {
        reason: event.data.reason,
      });
    case 'EvidenceAdded': {
      const { periodKey, evidenceId, note, file } = event.data;
      const current = state.occurrences[periodKey] ?? untouched(periodKey);
      return withOccurrence(state, {
        ...current,
        evidence: [...current.evidence, { evidenceId, note, file }],
      });
    }
    case 'CommitmentCancelled':
      return { ...state, status: 'cancelled', cancelReason: event.data.reason };
    default: {
      const unhandled: never = event;
      throw new Error(`Unhandled event ${JSON.stringify(unhandled)}`);
    }
  }
}

export function foldCommitment(events: readonly CommitmentEvent[]): CommitmentState {
  return events.reduce(evolveCommitment, initialCommitmentState);
}

function record(
  state: ExistingCommitmentState,
  periodKey: string,
  status: OccurrenceStatus,
  changes: Partial<Pick<OccurrenceRecord, 'note' | 'reason' | 'quantityDone'>>,
): ExistingCommitmentState {
  const current = state.occurrences[periodKey] ?? untouched(periodKey);
  return withOccurrence(state, { ...current, ...changes, status });
}

function withOccurrence(
  state: ExistingCommitmentState,
  occurrence: OccurrenceRecord,
): ExistingCommitmentState {
  return { ...state, occurrences: { ...state.occurrences, [occurrence.periodKey]: occurrence } };
}
