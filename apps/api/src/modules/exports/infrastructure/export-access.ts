import { can, type Actor } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { ApiError, ApiErrorCode } from '../../../platform/problem/api-error.js';
import { EXPORT_COLUMNS, EXPORT_FROM, type ExportRow } from './export-row.js';

/**
 * The export `id` if `actor` may see it: their own, or any for auditors and admins
 * (audit.export). Anyone else's is answered as missing, not forbidden: its existence is
 * itself something the caller may not read. `lock` takes the row for update.
 */
export async function readableExport(
  manager: EntityManager,
  id: string,
  actor: Actor,
  lock = false,
): Promise<ExportRow> {
  const [row] = await manager.query<ExportRow[]>(
    `SELECT ${EXPORT_COLUMNS} FROM ${EXPORT_FROM} WHERE x.id = $1 ${lock ? 'FOR UPDATE OF x' : ''}`,
    [id],
  );
  if (
    row === undefined ||
    (row.requested_by !== actor.userId && !can(actor.role, 'audit.export'))
  ) {
    throw new ApiError(ApiErrorCode.NotFound, `There is no export ${id}.`);
  }
  return row;
}
