/**
 * Stored payload schemas of the approval events. Old rows keep their old shape forever:
 * every field added since is optional here (see approval-events.ts).
 */
import { z } from 'zod';
import { APPROVAL_PURPOSES, approvalPolicySchema } from './approval-policy.js';
import { RETURN_INTENTS } from './return-intent.js';

const decision = {
  purpose: z.enum(APPROVAL_PURPOSES),
  step: z.number().int().min(0),
  decidedBy: z.string(),
  onBehalfOf: z.string().nullable(),
  comment: z.string().nullable(),
  decidedAt: z.string(),
};

export const approvalStartedSchema = z.strictObject({
  policy: approvalPolicySchema.optional(),
  startedAt: z.string().optional(),
  round: z.number().int().min(0).optional(),
  comparedWithRound: z.number().int().min(0).optional(),
  changedClauses: z.array(z.string()).optional(),
  carried: z.array(z.strictObject({ ...decision, carried: z.literal(true) })).optional(),
});

export const approvalReturnSchema = z.strictObject({
  comment: z.string(),
  intent: z.enum(RETURN_INTENTS).optional(),
  step: z.number().int().min(0).optional(),
  decidedBy: z.string().optional(),
  onBehalfOf: z.string().nullable().optional(),
});

export const approvalDecisionRecordedSchema = z.strictObject(decision);
