import type { CommitmentDetails, EvidenceFile, OccurrenceStatus } from './commitment.model.js';

export interface EvidenceRecord {
  evidenceId: string;
  note: string | null;
  file: EvidenceFile | null;
}

/** What has been recorded about one occurrence; occurrences nobody touched are `planned`. */
export interface OccurrenceRecord {
  periodKey: string;
  status: OccurrenceStatus;
  quantityDone: number | null;
  note: string | null;
  reason: string | null;
  evidence: EvidenceRecord[];
}

export interface ExistingCommitmentState {
  status: 'open' | 'cancelled';
  id: string;
  agreementId: string;
  plannedBy: string;
  details: CommitmentDetails;
  /** Keyed by period key; only occurrences something happened to. */
  occurrences: Record<string, OccurrenceRecord>;
  cancelReason: string | null;
}

export type CommitmentState = { status: 'none' } | ExistingCommitmentState;

export const initialCommitmentState: CommitmentState = { status: 'none' };
