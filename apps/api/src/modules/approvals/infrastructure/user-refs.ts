import type { UserRef } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { ApiError, ApiErrorCode } from '../../../platform/problem/api-error.js';
import { SYSTEM_USER_ID } from '../../users/system-actor.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The users with these ids, by id; unknown ids are simply absent. */
export async function userRefs(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, UserRef>> {
  const known = [...new Set(ids)].filter((id) => UUID.test(id));
  if (known.length === 0) return new Map();
  const rows = await manager.query<UserRef[]>(
    `SELECT id, name, email, role FROM users WHERE id = ANY($1::uuid[])`,
    [known],
  );
  return new Map(rows.map((row) => [row.id, row]));
}

/** Refuses (400 naming `field`) an id that names no user, or the system user (no person). */
export async function requireUsers(
  manager: EntityManager,
  ids: ReadonlyArray<{ id: string; field: string }>,
): Promise<Map<string, UserRef>> {
  const users = await userRefs(
    manager,
    ids.map((entry) => entry.id),
  );
  const unknown = ids.filter((entry) => !users.has(entry.id) || entry.id === SYSTEM_USER_ID);
  if (unknown.length > 0) {
    throw new ApiError(
      ApiErrorCode.ValidationFailed,
      'Some of the users named do not exist.',
      unknown.map((entry) => ({ field: entry.field, message: 'names no user' })),
    );
  }
  return users;
}

export function userOf(users: Map<string, UserRef>, id: string): UserRef {
  return users.get(id) ?? { id, name: id, email: '', role: 'auditor' };
}
