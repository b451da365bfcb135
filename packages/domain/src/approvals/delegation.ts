import { z } from 'zod';
import type { Role } from '../auth/roles.js';

const isoDate = z.iso.date({ message: 'must be a date as YYYY-MM-DD' });

/** The body of `POST /api/delegations`: the caller names a substitute for a period. */
export const createDelegationSchema = z
  .strictObject({
    substituteId: z.string().min(1, { message: 'is required' }),
    from: isoDate,
    to: isoDate,
  })
  .refine((d) => d.from <= d.to, { message: 'must not be before from', path: ['to'] });
export type CreateDelegationInput = z.infer<typeof createDelegationSchema>;

/**
 * A user (the delegator) lets a substitute decide for them from `from` to `to`, both days
 * included (UTC dates). A revoked delegation never reaches decide: the api leaves it out.
 */
export interface Delegation {
  id: string;
  delegatorId: string;
  /** The delegator's role, so a substitute can stand in on a role step. */
  delegatorRole: Role;
  substituteId: string;
  from: string;
  to: string;
}

/** Whether the delegation covers the day of `now` (an ISO timestamp). */
export function delegationCovers(delegation: Delegation, now: string): boolean {
  const day = now.slice(0, 10);
  return delegation.from <= day && day <= delegation.to;
}
