import { z } from 'zod';

/**
 * Signatures and attachments: the payload schemas of SignAgreement and AddAttachment, and
 * the stored shapes of SignatureRecorded and AttachmentAdded.
 */

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 as 64 lower-case hex digits' });

/** "ours" for our side, "partner-1", "partner-2", … for the partners in their listed order. */
export const partyKeySchema = z
  .string()
  .regex(/^(ours|partner-[1-9][0-9]?)$/, { message: 'must be "ours" or "partner-N"' });
export type PartyKey = z.infer<typeof partyKeySchema>;

export const SIGNATURE_METHODS = ['wet_ink', 'electronic'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

const text = (max: number) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => value.trim().length > 0, { message: 'is required and must not be blank' });

export const signAgreementSchema = z.strictObject({
  party: partyKeySchema,
  signatoryName: text(200),
  signatoryTitle: text(200),
  signedOn: isoDate,
  place: text(200),
  method: z.enum(SIGNATURE_METHODS),
  /** The hash of the frozen text the signatory signed; must be the finalised one. */
  textHash: z
    .string()
    .min(1, { message: 'is required' })
    .max(200, { message: 'must be at most 200 characters' }),
  scanAttachmentId: z.uuid({ message: 'must be the id of an attachment' }).nullable().optional(),
});
export type SignAgreementInput = z.infer<typeof signAgreementSchema>;

/** One party's signature, as recorded. */
export interface SignatureRecord {
  party: PartyKey;
  /** The organisation's name at the time of signing, so the record reads on its own. */
  organisation: string;
  signatoryName: string;
  signatoryTitle: string;
  signedOn: string;
  place: string;
  method: SignatureMethod;
  textHash: string;
  scanAttachmentId: string | null;
  scanSha256: string | null;
}

export const signatureRecordSchema = z.strictObject({
  party: partyKeySchema,
  organisation: z.string(),
  signatoryName: z.string(),
  signatoryTitle: z.string(),
  signedOn: isoDate,
  place: z.string(),
  method: z.enum(SIGNATURE_METHODS),
  textHash: z.string(),
  scanAttachmentId: z.string().nullable(),
  scanSha256: sha256Hex.nullable(),
});

/** Limits the api enforces on uploads; the domain repeats the size bound in the schema. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** A file stored with the agreement; the bytes live in the api's attachment table. */
export const addAttachmentSchema = z.strictObject({
  attachmentId: z.uuid(),
  name: text(255),
  mediaType: z
    .string()
    .regex(/^[\w.+-]+\/[\w.+-]+$/, { message: 'must be a media type such as application/pdf' }),
  size: z.number().int().min(1).max(MAX_ATTACHMENT_BYTES),
  sha256: sha256Hex,
});
export type AttachmentRef = z.infer<typeof addAttachmentSchema>;

export const attachmentRefSchema = addAttachmentSchema;

/** AgreementSigned: the dates it computed. Older events carry only `effectiveOn`. */
export const agreementSignedSchema = z.strictObject({
  effectiveOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  reviewDueOn: isoDate.nullable().optional(),
});
