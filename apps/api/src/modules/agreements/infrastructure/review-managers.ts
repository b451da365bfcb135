import type { AgreementCommand } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/**
 * The managers a review may be assigned to, read only for StartReview (decide picks one,
 * see review-assignee.ts): the people holding the role now, never the system user.
 */
export async function managersFor(
  manager: EntityManager,
  command: AgreementCommand,
): Promise<string[] | undefined> {
  if (command.type !== 'StartReview') return undefined;
  const rows = await manager.query<{ id: string }[]>(
    `SELECT id FROM users WHERE role = 'manager' AND NOT is_system ORDER BY id`,
  );
  return rows.map((row) => row.id);
}
