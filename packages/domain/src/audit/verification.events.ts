/**
 * Verifications of the event log are themselves recorded in it: who asked, and what the
 * check found. Each verification is its own stream (stream id = verification id), so the
 * record of a check is protected by the same chains it checked. Changing a stored payload
 * needs an upcaster where the api reads these events.
 */
export type VerificationEvent =
  | { type: 'EventLogVerificationRequested'; data: { verificationId: string } }
  | {
      type: 'EventLogVerified';
      data: {
        ok: boolean;
        eventsChecked: number;
        streamsChecked: number;
        checkpointsChecked: number;
        /** The earliest broken link (position, stream, version, reason), or null when intact. */
        firstBroken: VerificationBrokenLink | null;
      };
    }
  /** The check could not run to its end (the database failed it); it proves nothing. */
  | { type: 'EventLogVerificationFailed'; data: { error: string } };

export type VerificationEventType = VerificationEvent['type'];

/** Why a link of the live log is broken; the codes of docs/integrity.md. */
export type VerificationBrokenReason =
  | 'stream-version-out-of-order'
  | 'event-hash-mismatch'
  | 'global-chain-broken'
  | 'log-ends-before-head'
  | 'events-after-head'
  | 'checkpoint-event-missing'
  | 'checkpoint-mismatch'
  | 'checkpoint-signature-invalid';

export interface VerificationBrokenLink {
  position: string | null;
  streamId: string | null;
  version: number | null;
  reason: VerificationBrokenReason;
  detail: string;
}
