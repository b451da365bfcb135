import { z } from 'zod';
import { eventFilterShape, fromBeforeTo } from './event-filter.schema.js';

export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

/**
 * The query of `GET /api/audit/events`: the shared event filter, then keyset paging.
 * `cursor` is opaque to clients: the last page's `nextCursor`, given back unchanged.
 */
export const searchEventsQuerySchema = z
  .strictObject({
    ...eventFilterShape,
    limit: z.coerce
      .number({ message: 'must be a number' })
      .int({ message: 'must be a whole number' })
      .min(1, { message: 'must be at least 1' })
      .max(AUDIT_PAGE_MAX, { message: `must be at most ${AUDIT_PAGE_MAX}` })
      .default(AUDIT_PAGE_DEFAULT),
    cursor: z.string().min(1).max(100).optional(),
    order: z.enum(['desc', 'asc'], { message: 'must be desc or asc' }).default('desc'),
    format: z.enum(['json', 'csv'], { message: 'must be json or csv' }).default('json'),
  })
  .refine(fromBeforeTo, { message: 'must be after from', path: ['to'] });

export type SearchEventsParams = z.infer<typeof searchEventsQuerySchema>;
export type SearchEventsInput = z.input<typeof searchEventsQuerySchema>;
