import { type AgreementState, evolve, initialAgreementState } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { EventStore } from '../../../platform/event-store/event-store.js';
import type { StoredEvent } from '../../../platform/event-store/stored-event.js';
import { toAgreementEvent } from '../infrastructure/agreement-event.codec.js';
import type { AgreementProjection } from './agreement.projection.js';

export interface RebuildOutcome {
  agreements: number;
  events: number;
}

const STREAM_BATCH = 200;

/**
 * Throws the `agreements` read model away and folds it again from the log, inside the
 * caller's transaction: readers see the old table until the commit, then the new one.
 * The same fold (`evolve`) and the same `AgreementProjection.apply` as the live path write
 * the rows. Live, a row is inserted by the first command (created_at = its time) and
 * overwritten by each later one (updated_at = its time); replaying the first event, then
 * the whole stream, writes exactly that row. One stream is in memory at a time.
 */
export async function rebuildAgreementsProjection(
  manager: EntityManager,
  projection: AgreementProjection,
  eventStore: EventStore = new EventStore(),
): Promise<RebuildOutcome> {
  // Hold the chain head so no command appends (and updates a row) while we rebuild.
  await manager.query(`SELECT 1 FROM event_chain_head FOR UPDATE`);
  await manager.query(`TRUNCATE agreements`);
  const outcome: RebuildOutcome = { agreements: 0, events: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const streams = await manager.query<Array<{ stream_id: string }>>(
      `SELECT DISTINCT stream_id::text AS stream_id FROM events
        WHERE stream_id > $1::uuid ORDER BY 1 LIMIT ${STREAM_BATCH}`,
      [after],
    );
    for (const { stream_id: streamId } of streams) {
      const history = await eventStore.readStream(manager, streamId);
      if (await replay(manager, projection, history)) outcome.agreements += 1;
      outcome.events += history.length;
      after = streamId;
    }
    if (streams.length < STREAM_BATCH) return outcome;
  }
}

/** Writes one stream's row as the live path left it; false when it folds to nothing. */
async function replay(
  manager: EntityManager,
  projection: AgreementProjection,
  history: readonly StoredEvent[],
): Promise<boolean> {
  const [firstEvent] = history;
  const lastEvent = history.at(-1);
  if (firstEvent === undefined || lastEvent === undefined) return false;
  const created = evolve(initialAgreementState, toAgreementEvent(firstEvent));
  if (created.status === 'none') return false;
  await projection.apply(manager, created, firstEvent.version, firstEvent.occurredAt);
  const current = history
    .slice(1)
    .reduce<AgreementState>((state, event) => evolve(state, toAgreementEvent(event)), created);
  if (current.status === 'none') return false;
  await projection.apply(manager, current, lastEvent.version, lastEvent.occurredAt);
  return true;
}
