import type { DelegationView } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { userOf, userRefs } from './user-refs.js';

interface DelegationRow {
  id: string;
  delegator_id: string;
  substitute_id: string;
  starts_on: string;
  ends_on: string;
  created_at: Date;
  revoked_at: Date | null;
}

const COLUMNS = `id, delegator_id, substitute_id, to_char(starts_on, 'YYYY-MM-DD') AS starts_on,
  to_char(ends_on, 'YYYY-MM-DD') AS ends_on, created_at, revoked_at`;

/** Delegations matching `where` (SQL over the delegations table), newest first, as views. */
export async function readDelegations(
  manager: EntityManager,
  where: string,
  parameters: unknown[],
): Promise<DelegationView[]> {
  const rows = await manager.query<DelegationRow[]>(
    `SELECT ${COLUMNS} FROM delegations WHERE ${where} ORDER BY created_at DESC, id`,
    parameters,
  );
  const users = await userRefs(
    manager,
    rows.flatMap((row) => [row.delegator_id, row.substitute_id]),
  );
  return rows.map((row) => ({
    id: row.id,
    delegator: userOf(users, row.delegator_id),
    substitute: userOf(users, row.substitute_id),
    from: row.starts_on,
    to: row.ends_on,
    createdAt: row.created_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
  }));
}
