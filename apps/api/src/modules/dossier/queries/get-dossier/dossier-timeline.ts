import type { EntityManager } from 'typeorm';
import type { DossierEvent, DossierPerson } from '../../render/dossier-data.js';

interface TimelineRow {
  position: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  hash: string;
  actor_name: string;
  actor_email: string;
  behalf_name: string | null;
  behalf_email: string | null;
}

/**
 * The agreement's own stream and its commitments' streams, merged in log order: the whole
 * history an auditor reads, with each event's hash so a line can be found in an export.
 */
export async function readDossierTimeline(
  manager: EntityManager,
  agreementId: string,
): Promise<DossierEvent[]> {
  const rows = await manager.query<TimelineRow[]>(
    `SELECT e.position::text AS position, e.stream_id, e.stream_version, e.type, e.payload,
            e.occurred_at, e.hash, u.name AS actor_name, u.email AS actor_email,
            b.name AS behalf_name, b.email AS behalf_email
       FROM events e
       JOIN users u ON u.id = e.actor_id
       LEFT JOIN users b ON b.id::text = e.payload->>'onBehalfOf'
      WHERE e.stream_id = $1
         OR e.stream_id IN (SELECT c.id FROM commitments c WHERE c.agreement_id = $1)
      ORDER BY e.position`,
    [agreementId],
  );
  return rows.map((row) => ({
    position: row.position,
    streamId: row.stream_id,
    version: row.stream_version,
    type: row.type,
    payload: row.payload,
    actor: { name: row.actor_name, email: row.actor_email },
    onBehalfOf:
      row.behalf_name === null ? null : { name: row.behalf_name, email: row.behalf_email ?? '' },
    occurredAt: row.occurred_at.toISOString(),
    hash: row.hash,
  }));
}

/** Names of the users an event payload refers to by id (decidedBy of a return, say). */
export async function peopleById(
  manager: EntityManager,
  ids: readonly string[],
): Promise<Map<string, DossierPerson>> {
  if (ids.length === 0) return new Map();
  const rows = await manager.query<Array<{ id: string; name: string; email: string }>>(
    `SELECT id, name, email FROM users WHERE id = ANY($1::uuid[])`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((row) => [row.id, { name: row.name, email: row.email }]));
}
