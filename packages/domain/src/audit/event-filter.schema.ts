import { z } from 'zod';

/** Event types are PascalCase names such as `AgreementDrafted`; anything else is a typo. */
const eventTypeSchema = z
  .string()
  .regex(/^[A-Z][A-Za-z]{1,79}$/, { message: 'must be an event type such as AgreementDrafted' });

/**
 * Which events an auditor means: the same filter drives the audit search, its CSV and the
 * background exports, so a number on screen and the rows in a file always agree.
 * A query string repeats `type` for several types (`?type=A&type=B`); one value arrives
 * as a string, so both shapes are accepted.
 */
export const eventFilterShape = {
  /** The agreement's own stream and the streams of its commitments. */
  agreementId: z.uuid({ message: 'must be a UUID' }).optional(),
  /** Contained in a partner's name, case and Latin diacritics ignored. */
  partner: z.string().trim().min(1).max(300).optional(),
  actorId: z.uuid({ message: 'must be a UUID' }).optional(),
  type: z
    .union([eventTypeSchema, z.array(eventTypeSchema).min(1).max(50)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .optional(),
  /** occurred_at at or after this instant. */
  from: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant' }).optional(),
  /** occurred_at before this instant. */
  to: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 instant' }).optional(),
  /** Free text in the comments and reasons people wrote, case and Latin diacritics ignored. */
  q: z.string().trim().min(1).max(200).optional(),
};

/** `to` after `from`: shared by every schema built on the filter's shape. */
export const fromBeforeTo = <T extends { from?: string | undefined; to?: string | undefined }>(
  filter: T,
): boolean => !filter.from || !filter.to || Date.parse(filter.from) < Date.parse(filter.to);

export const eventFilterSchema = z
  .strictObject(eventFilterShape)
  .refine(fromBeforeTo, { message: 'must be after from', path: ['to'] });

export type EventFilter = z.infer<typeof eventFilterSchema>;

/**
 * The payload members that hold what a person wrote, searched by `q`. The SQL function
 * `concordat_event_text` (migration 1764110000000) names the same three: change both.
 */
export const EVENT_COMMENT_FIELDS = ['comment', 'reason', 'note'] as const;
