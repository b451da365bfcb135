import { dayOf } from '@concordat/domain';
import { z } from 'zod';
import type { Clock } from '../../platform/clock/clock.js';
import { parseInput } from '../../platform/validation/parse-input.js';

const commitmentIdSchema = z.guid({ message: 'must be a UUID' });

/** The `{id}` path parameter; anything but a UUID is a 400, never a database error. */
export function parseCommitmentId(id: unknown): string {
  return parseInput(commitmentIdSchema, id, 'id');
}

/** Today as due dates count it (the UTC calendar day of the clock). */
export function todayBy(clock: Clock): string {
  return dayOf(clock.now().toISOString());
}
