import type { AgreementDetailView, LocalizedText, Scorecard, UserRef } from '@concordat/domain';

/** A person as the dossier prints them. */
export type DossierPerson = Pick<UserRef, 'name' | 'email'>;

/** One approval decision, read from the log (every run, not just the last). */
export interface DossierApprovalDecision {
  purpose: string;
  /** 1-based step of the policy the run snapshotted; null when the event did not record it. */
  step: number | null;
  decision: 'approved' | 'returned';
  decidedBy: DossierPerson;
  onBehalfOf: DossierPerson | null;
  decidedAt: string;
  comment: string | null;
  /** Carried over from a refused clearance (policy `changed-clauses`). */
  carried: boolean;
}

/** One verdict of legal's clause review (cleared, flagged, proposed wording). */
export interface DossierClauseReview {
  clauseKey: string;
  number: number;
  round: number;
  status: string;
  comment: string | null;
  reviewedBy: DossierPerson;
  reviewedAt: string;
}

export interface DossierCommitment {
  title: LocalizedText;
  kind: string;
  owedBy: string;
  status: string;
}

/** One event of the agreement's stream or of one of its commitments' streams. */
export interface DossierEvent {
  position: string;
  streamId: string;
  version: number;
  type: string;
  payload: Record<string, unknown>;
  actor: DossierPerson;
  onBehalfOf: DossierPerson | null;
  occurredAt: string;
  hash: string;
}

/** Everything the PDF shows, gathered before a byte is written (so a 404 is still a 404). */
export interface DossierData {
  agreement: AgreementDetailView;
  approvals: DossierApprovalDecision[];
  clauseReviews: DossierClauseReview[];
  commitments: DossierCommitment[];
  scorecard: Scorecard;
  timeline: DossierEvent[];
  chainHead: { position: string; globalHash: string } | null;
  checkpoint: {
    position: string | null;
    globalHash: string;
    keyId: string;
    createdAt: string;
  } | null;
  generatedAt: string;
  generatedBy: DossierPerson;
}
