import type { Role, UserRef } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/** The people (never the system user) who hold one of `roles`. */
export async function usersWithRoles(
  manager: EntityManager,
  roles: readonly Role[],
): Promise<UserRef[]> {
  return manager.query<UserRef[]>(
    `SELECT id, name, email, role FROM users WHERE role = ANY($1) AND NOT is_system ORDER BY id`,
    [roles],
  );
}

/** The day of a moment in UTC, as the ISO dates of agreements are written. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from one ISO date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}
