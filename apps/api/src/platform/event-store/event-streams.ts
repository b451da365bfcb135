import { streamOf } from '@concordat/domain';
import type { EntityManager } from 'typeorm';

/**
 * The `event_streams` table: each stream's kind and agreement, from its first event
 * (`streamOf`), so the audit search reaches an agreement's events through an index.
 */
export async function recordStreamStart(
  manager: EntityManager,
  streamId: string,
  firstEvent: { type: string; data: Record<string, unknown> },
): Promise<void> {
  const { kind, agreementId } = streamOf(streamId, firstEvent.type, firstEvent.data);
  await manager.query(
    `INSERT INTO event_streams (stream_id, kind, agreement_id) VALUES ($1, $2, $3)
     ON CONFLICT (stream_id) DO NOTHING`,
    [streamId, kind, agreementId],
  );
}

interface FirstEventRow {
  stream_id: string;
  type: string;
  payload: Record<string, unknown>;
}

/** Rewrites `event_streams` from the log (`npm run rebuild`); the caller's transaction. */
export async function rebuildEventStreams(manager: EntityManager): Promise<{ streams: number }> {
  await manager.query(`DELETE FROM event_streams`);
  const batch = 1000;
  let after = '00000000-0000-0000-0000-000000000000';
  let streams = 0;
  for (;;) {
    const rows = await manager.query<FirstEventRow[]>(
      `SELECT stream_id, type, payload FROM events
        WHERE stream_version = 1 AND stream_id > $1 ORDER BY stream_id LIMIT $2`,
      [after, batch],
    );
    for (const row of rows)
      await recordStreamStart(manager, row.stream_id, { type: row.type, data: row.payload });
    streams += rows.length;
    const last = rows.at(-1);
    if (last === undefined || rows.length < batch) return { streams };
    after = last.stream_id;
  }
}
