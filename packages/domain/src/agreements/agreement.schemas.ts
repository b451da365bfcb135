import { z } from 'zod';
import { localizedTextSchema } from '../shared/localized-text.js';
import {
  AGREEMENT_STATUSES,
  AGREEMENT_STEPS,
  AGREEMENT_TYPES,
  type AgreementStep,
} from './agreement.status.js';
import { createParticularsShape, signatorySchema } from './particulars/agreement-particulars.js';

/**
 * Command and query payload schemas, shared by the api (validation) and the web (forms),
 * so the browser and the server agree on every rule. Objects are strict: unknown fields
 * are rejected, not silently dropped.
 */

export const countryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'must be an ISO 3166-1 alpha-2 code such as "JP"' });

const isoDateSchema = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

export const partySchema = z.strictObject({
  name: z
    .string()
    .min(1, { message: 'is required' })
    .max(300, { message: 'must be at most 300 characters' }),
  country: countryCodeSchema,
  /** Who signs for this partner; optional, and absent from parties stored before it existed. */
  signatory: signatorySchema.optional(),
});
export type Party = z.infer<typeof partySchema>;

/** A draft needs only a title; everything else can be filled in later. */
export const createDraftAgreementSchema = z
  .strictObject({
    title: localizedTextSchema,
    type: z.enum(AGREEMENT_TYPES).optional(),
    summary: localizedTextSchema.optional(),
    ourOrganisation: z.string().min(1).max(300).optional(),
    partners: z.array(partySchema).max(20).optional(),
    startsOn: isoDateSchema.optional(),
    endsOn: isoDateSchema.optional(),
    ...createParticularsShape,
  })
  .refine((d) => !d.startsOn || !d.endsOn || d.startsOn <= d.endsOn, {
    message: 'must not be before startsOn',
    path: ['endsOn'],
  });
export type CreateDraftAgreementInput = z.infer<typeof createDraftAgreementSchema>;

/** Every sub-step name once (a terminal state's `closed` is shared). */
const ALL_AGREEMENT_STEPS = [...new Set(Object.values(AGREEMENT_STEPS).flat())] as [
  AgreementStep,
  ...AgreementStep[],
];

export const AGREEMENT_SORT_FIELDS = ['updatedAt', 'createdAt', 'title', 'status'] as const;
export type AgreementSortField = (typeof AGREEMENT_SORT_FIELDS)[number];

export const listAgreementsQuerySchema = z.strictObject({
  q: z.string().max(200, { message: 'must be at most 200 characters' }).optional(),
  status: z.enum(AGREEMENT_STATUSES).optional(),
  step: z.enum(ALL_AGREEMENT_STEPS).optional(),
  partner: z.string().max(300).optional(),
  country: countryCodeSchema.optional(),
  /** In force or in review and ending today or within this many days (the dashboard's windows). */
  expiresWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  sort: z.enum(AGREEMENT_SORT_FIELDS).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  format: z.enum(['json', 'csv']).default('json'),
});
export type ListAgreementsQuery = z.infer<typeof listAgreementsQuerySchema>;

export const loginSchema = z.strictObject({
  email: z.email({ message: 'must be an email address' }),
  password: z.string().min(1, { message: 'is required' }).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;
