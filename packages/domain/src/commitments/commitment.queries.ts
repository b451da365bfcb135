import { z } from 'zod';
import { countryCodeSchema } from '../agreements/agreement.schemas.js';
import { COMMITMENT_KINDS, OCCURRENCE_STATUSES } from './commitment.model.js';

export const COMMITMENT_SORT_FIELDS = ['dueOn', 'title', 'status', 'kind', 'partner'] as const;
export type CommitmentSortField = (typeof COMMITMENT_SORT_FIELDS)[number];

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });
const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** `GET /api/commitments`: occurrences across agreements, filtered, sorted and paged. */
export const listCommitmentsQuerySchema = z
  .strictObject({
    agreement: z.guid({ message: 'must be a UUID' }).optional(),
    partner: z.string().max(300).optional(),
    country: countryCodeSchema.optional(),
    kind: z.enum(COMMITMENT_KINDS).optional(),
    owner: z.guid({ message: 'must be a UUID' }).optional(),
    status: z.enum(OCCURRENCE_STATUSES).optional(),
    overdue: flag.optional(),
    /** Only occurrences still to do (planned or in progress): the dashboard's "due soon". */
    open: flag.optional(),
    dueFrom: isoDate.optional(),
    dueTo: isoDate.optional(),
    /** Cancelled commitments' occurrences are left out unless asked for. */
    includeCancelled: flag.optional(),
    sort: z.enum(COMMITMENT_SORT_FIELDS).default('dueOn'),
    order: z.enum(['asc', 'desc']).default('asc'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(100).default(20),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => !q.dueFrom || !q.dueTo || q.dueFrom <= q.dueTo, {
    message: 'must not be before dueFrom',
    path: ['dueTo'],
  });
export type ListCommitmentsQuery = z.infer<typeof listCommitmentsQuerySchema>;
