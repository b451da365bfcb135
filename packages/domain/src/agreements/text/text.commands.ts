import { z } from 'zod';
import { LANGUAGE_TAG } from '../../shared/localized-text.js';
import { agreementTextSchema, CLAUSE_KEY, TEXT_PROPOSERS } from './text.model.js';

/** HTTP payloads of the text commands; agreement.commands.ts puts them in its union. */

const comment = z.string().max(2000, { message: 'must be at most 2000 characters' });
const requiredComment = comment.refine((text) => text.trim().length > 0, {
  message: 'is required and must not be blank',
});
const clauseKey = z.string().regex(CLAUSE_KEY, { message: 'must be the key of a clause' });

/** `edit-text`: the whole draft text, replacing the previous one. */
export const editAgreementTextSchema = z.strictObject({ text: agreementTextSchema });

/** `add-round`: the full text of the new round and which side proposed it. */
export const openNegotiationRoundSchema = z.strictObject({
  proposedBy: z.enum(TEXT_PROPOSERS, { message: 'must be "ours" or "partner"' }),
  text: agreementTextSchema,
});

/** The wording legal proposes for a clause, per language of the text. */
const wordingSchema = z
  .record(
    z.string().regex(LANGUAGE_TAG, { message: 'must be a language code such as "vi" or "ja"' }),
    z.string().max(20000, { message: 'must be at most 20000 characters' }),
  )
  .refine((value) => Object.keys(value).length > 0, {
    message: 'needs a wording in at least one language',
  });

/** `review-clause`: clear it, flag it with a comment, or propose other wording. */
export const reviewClauseSchema = z.discriminatedUnion(
  'status',
  [
    z.strictObject({
      clauseKey,
      status: z.literal('cleared'),
      comment: comment.nullable().optional(),
    }),
    z.strictObject({ clauseKey, status: z.literal('flagged'), comment: requiredComment }),
    z.strictObject({
      clauseKey,
      status: z.literal('proposed'),
      wording: wordingSchema,
      comment: comment.nullable().optional(),
    }),
  ],
  { message: 'must be "cleared", "flagged" or "proposed"' },
);

/**
 * `finalize`: the api records the SHA-256 of the canonical text itself; a client may send
 * the hash it expects, and is refused (TEXT_HASH_MISMATCH) if the text it saw is not the
 * text being finalised.
 */
export const finaliseTextSchema = z.strictObject({
  textHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 as 64 lowercase hex digits' })
    .nullable()
    .optional(),
});
