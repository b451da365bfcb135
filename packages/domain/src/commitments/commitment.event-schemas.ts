/**
 * Stored payload schemas, one per commitment event type. Changing the shape of a stored
 * payload needs an upcaster in the api's commitment event codec first.
 */
import { z } from 'zod';
import type { CommitmentEvent, CommitmentEventType } from './commitment.events.js';
import {
  commitmentDetailsShape,
  commitmentScheduleSchema,
  evidenceFileSchema,
} from './commitment.model.js';

const periodKey = z.iso.date();
const details = { ...commitmentDetailsShape, schedule: commitmentScheduleSchema };

export const commitmentEventSchemas = {
  CommitmentPlanned: z.strictObject({
    commitmentId: z.string(),
    agreementId: z.string(),
    plannedBy: z.string(),
    ...details,
  }),
  CommitmentEdited: z.strictObject(details).partial(),
  OccurrenceStarted: z.strictObject({ periodKey, note: z.string().nullable() }),
  OccurrenceFulfilled: z.strictObject({
    periodKey,
    note: z.string().nullable(),
    quantityDone: z.number().int().nullable(),
  }),
  OccurrencePartiallyFulfilled: z.strictObject({
    periodKey,
    note: z.string().nullable(),
    quantityDone: z.number().int(),
  }),
  OccurrenceMissed: z.strictObject({ periodKey, reason: z.string().nullable() }),
  OccurrenceWaived: z.strictObject({ periodKey, reason: z.string() }),
  EvidenceAdded: z.strictObject({
    periodKey,
    evidenceId: z.string(),
    note: z.string().nullable(),
    file: evidenceFileSchema.nullable(),
  }),
  CommitmentCancelled: z.strictObject({ reason: z.string() }),
} as const satisfies Record<CommitmentEventType, z.ZodType>;

export function isCommitmentEventType(value: string): value is CommitmentEventType {
  return Object.hasOwn(commitmentEventSchemas, value);
}

/** Validates a stored payload and types it; throws the ZodError when the row is not valid. */
export function parseCommitmentEvent(type: CommitmentEventType, data: unknown): CommitmentEvent {
  return { type, data: commitmentEventSchemas[type].parse(data) } as CommitmentEvent;
}
