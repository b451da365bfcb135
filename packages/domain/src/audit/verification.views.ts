import type { VerificationBrokenLink } from './verification.events.js';

/** What GET /api/audit/verify answers, and what a finished background verification holds. */
export interface VerificationReportView {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  firstBroken: VerificationBrokenLink | null;
}

export type VerificationStatus = 'queued' | 'running' | 'completed' | 'failed';

/** A background verification: GET /api/audit/verifications/{id}. */
export interface VerificationView {
  id: string;
  status: VerificationStatus;
  requestedBy: { id: string; name: string };
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  /** Events in the log when the check began (null until it begins). */
  eventsTotal: number | null;
  eventsChecked: number;
  /** The report once `completed`; null before, and when `failed`. */
  result: VerificationReportView | null;
  /** Why the check could not finish, when `failed`. */
  error: string | null;
}

/** GET /api/audit/signing-key. */
export interface SigningKeyView {
  algorithm: 'Ed25519';
  keyId: string;
  publicKeyPem: string;
}
