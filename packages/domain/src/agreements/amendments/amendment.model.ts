import { z } from 'zod';
import type { SignatureRecord } from '../signing/signing.schemas.js';

/**
 * Amendments of an agreement in force. An amendment runs on the agreement's own stream
 * and reuses the draft → approval → negotiation → signing states; while it runs, the
 * agreement is still legally in force with its last consolidated text, which is kept here
 * so a withdrawn amendment can put it back. See docs/amendments.md.
 */

export const proposeAmendmentSchema = z.strictObject({
  reason: z
    .string()
    .max(2000, { message: 'must be at most 2000 characters' })
    .refine((text) => text.trim().length > 0, { message: 'is required and must not be blank' }),
});

/** The amendment being worked on, and what was in force when it was proposed. */
export interface AmendmentInProgress {
  /** 1 for the first amendment; the agreement's text version becomes number + 1. */
  number: number;
  reason: string;
  proposedBy: string;
  proposedAt: string;
  /** The in-force facts the amendment started from, restored if it is withdrawn. */
  inForce: { round: number; textHash: string | null; signatures: SignatureRecord[] };
}

/** One amendment that took effect, as the amendment chain lists it. */
export interface AmendmentRecord {
  number: number;
  reason: string;
  proposedBy: string;
  proposedAt: string;
  effectiveOn: string;
  /** The hash of the consolidated text every party signed. */
  textHash: string;
  /** The negotiation round whose text the amendment made the text in force. */
  round: number;
}

/** One amendment that was withdrawn before it was signed, as the chain lists it. */
export interface WithdrawnAmendmentRecord {
  number: number;
  reason: string;
  proposedBy: string;
  proposedAt: string;
  /** Why it was withdrawn. */
  withdrawalReason: string;
  /** Who withdrew it and when; null for events recorded before they were stored. */
  withdrawnBy: string | null;
  withdrawnAt: string | null;
}

/**
 * Events only an agreement in an amendment can record. Their rows start at draft,
 * negotiation or signing positions but lead back to `active`, which only an agreement that
 * was signed once can reach: decide emits them instead of `AgreementSigned` and
 * `AgreementWithdrawn` while an amendment runs. Walks over the table that model a first
 * signature (fixtures, "no path skips approval") leave these rows out.
 */
export const AMENDMENT_ONLY_EVENTS: readonly string[] = [
  'AmendmentTookEffect',
  'AmendmentWithdrawn',
];

export function isAmendmentOnlyRow(row: { event: string }): boolean {
  return AMENDMENT_ONLY_EVENTS.includes(row.event);
}
