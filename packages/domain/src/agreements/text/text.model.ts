import { z } from 'zod';
import { LANGUAGE_TAG, localizedTextSchema } from '../../shared/localized-text.js';
import type { LocalizedText } from '../../shared/localized-text.js';

/**
 * The text of an agreement: the languages it is written in (and which of them are
 * authentic, i.e. legally binding; often two, declared equally authentic) and its clauses,
 * aligned clause by clause across those languages. Clause strings are kept exactly as
 * given, like every LocalizedText, so Vietnamese and Japanese round-trip byte for byte;
 * only the canonical form used for hashing and comparison is NFC-normalised
 * (see text.canonical.ts).
 */

/** Who put a version of the text on the table. */
export const TEXT_PROPOSERS = ['ours', 'partner'] as const;
export type TextProposer = (typeof TEXT_PROPOSERS)[number];

/** Legal's verdict on one clause of the current version. */
export const CLAUSE_REVIEW_STATUSES = ['cleared', 'flagged', 'proposed'] as const;
export type ClauseReviewStatus = (typeof CLAUSE_REVIEW_STATUSES)[number];

export const textLanguageSchema = z.strictObject({
  tag: z.string().regex(LANGUAGE_TAG, { message: 'must be a language code such as "vi" or "ja"' }),
  authentic: z.boolean(),
});
export type TextLanguage = z.infer<typeof textLanguageSchema>;

/**
 * A clause's key is its identity across rounds (the editor makes it once, then keeps it
 * while the clause is edited, moved or renumbered); its number is its position, 1-based.
 */
export const CLAUSE_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;

/** A clause's text in one language may be long; titles and short fields stay at 2000. */
const clauseBody = z
  .record(
    z.string().regex(LANGUAGE_TAG, { message: 'must be a language code such as "vi" or "ja"' }),
    z
      .string()
      .max(20000, { message: 'must be at most 20000 characters' })
      .refine((text) => text.trim().length > 0, { message: 'must not be blank' }),
  )
  .refine((value) => Object.keys(value).length > 0, {
    message: 'needs a text in at least one language',
  });

export const clauseSchema = z.strictObject({
  key: z.string().regex(CLAUSE_KEY, {
    message: 'must be 1-64 letters, digits, "-" or "_", starting with a letter or digit',
  }),
  title: localizedTextSchema,
  text: clauseBody,
});
export type Clause = z.infer<typeof clauseSchema>;

/**
 * The shape of a text. Alignment (every clause in every declared language, at least one
 * authentic language, no duplicates) is a business rule checked by `textViolation`, so it
 * is refused with a named code rather than as malformed input.
 */
export const agreementTextSchema = z.strictObject({
  languages: z
    .array(textLanguageSchema)
    .min(1, { message: 'must name at least one language' })
    .max(10, { message: 'must name at most 10 languages' }),
  clauses: z
    .array(clauseSchema)
    .min(1, { message: 'must have at least one clause' })
    .max(200, { message: 'must have at most 200 clauses' }),
});
export type AgreementText = z.infer<typeof agreementTextSchema>;

/** One round of negotiation: the full text as one side proposed it. */
export interface TextVersion {
  round: number;
  proposedBy: TextProposer;
  text: AgreementText;
}

/** Legal's review of one clause, kept while the clause stays unchanged. */
export interface ClauseReview {
  status: ClauseReviewStatus;
  /** The round the review was given in; it may be older than the current one. */
  round: number;
  comment: string | null;
  /** With `proposed`: the wording legal proposes instead, per text language. */
  wording: LocalizedText | null;
}

/** The text facts an agreement folds to. */
export interface TextFacts {
  /** The text being drafted, before negotiation; null until someone writes one. */
  draft: AgreementText | null;
  /** One per round, oldest first; round 1 is the approved draft text. */
  versions: TextVersion[];
  /** Reviews of the current version's clauses, by clause key. */
  reviews: Record<string, ClauseReview>;
}

/** What an agreement without any text finalises: no languages, no clauses. */
export const EMPTY_TEXT: AgreementText = { languages: [], clauses: [] };

export const NO_TEXT: TextFacts = { draft: null, versions: [], reviews: {} };
