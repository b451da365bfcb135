import type { CommitmentDetails, EvidenceFile } from './commitment.model.js';

/**
 * Every fact about a commitment, past tense, one union; each commitment is its own stream.
 * Occurrence events carry `periodKey` (the occurrence's due date, `YYYY-MM-DD`) so the
 * history reads without recomputing the schedule. Changing a stored payload needs an
 * upcaster in the api's commitment event codec.
 */
export type CommitmentEvent =
  | {
      type: 'CommitmentPlanned';
      data: { commitmentId: string; agreementId: string; plannedBy: string } & CommitmentDetails;
    }
  | { type: 'CommitmentEdited'; data: Partial<CommitmentDetails> }
  | { type: 'OccurrenceStarted'; data: { periodKey: string; note: string | null } }
  | {
      type: 'OccurrenceFulfilled';
      data: { periodKey: string; note: string | null; quantityDone: number | null };
    }
  | {
      type: 'OccurrencePartiallyFulfilled';
      data: { periodKey: string; note: string | null; quantityDone: number };
    }
  | { type: 'OccurrenceMissed'; data: { periodKey: string; reason: string | null } }
  | { type: 'OccurrenceWaived'; data: { periodKey: string; reason: string } }
  | {
      type: 'EvidenceAdded';
      data: {
        periodKey: string;
        evidenceId: string;
        note: string | null;
        file: EvidenceFile | null;
      };
    }
  | { type: 'CommitmentCancelled'; data: { reason: string } };

export type CommitmentEventType = CommitmentEvent['type'];
