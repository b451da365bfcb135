import { type AgreementState, evolve, initialAgreementState } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { EventStore } from '../../../platform/event-store/event-store.js';
import type { StoredEvent } from '../../../platform/event-store/stored-event.js';
import { toAgreementEvent } from '../infrastructure/agreement-event.codec.js';
import { AgreementReadModels } from './agreement-read-models.js';

export interface RebuildOutcome {
  agreements: number;
  events: number;
}

const STREAM_BATCH = 200;

/**
 * Folds every agreement's read models again from the log, inside the caller's transaction:
 * readers see the old rows until the commit, then the new ones. The same fold (`evolve`)
 * and the same `AgreementReadModels.apply` as the live path write the rows, so a rebuild
 * equals the live tables. One stream is in memory at a time. Streams that are not
 * agreements (approval policies, delegations, observers) are left to their own tables.
 */
export async function rebuildAgreementsProjection(
  manager: EntityManager,
  readModels: AgreementReadModels,
  eventStore: EventStore = new EventStore(),
): Promise<RebuildOutcome> {
  // Hold the chain head so no command appends (and updates a row) while we rebuild.
  await manager.query(`SELECT 1 FROM event_chain_head FOR UPDATE`);
  await manager.query(`TRUNCATE ${AgreementReadModels.DERIVED_TABLES.join(', ')}`);
  await manager.query(
    `CREATE TEMPORARY TABLE rebuilt_agreements (id uuid PRIMARY KEY) ON COMMIT DROP`,
  );
  const outcome: RebuildOutcome = { agreements: 0, events: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const streams = await manager.query<Array<{ stream_id: string }>>(
      `SELECT stream_id::text AS stream_id FROM events
        WHERE stream_version = 1 AND type = 'AgreementDrafted' AND stream_id > $1::uuid
        ORDER BY stream_id LIMIT ${STREAM_BATCH}`,
      [after],
    );
    for (const { stream_id: streamId } of streams) {
      const history = await eventStore.readStream(manager, streamId);
      if (await replay(manager, readModels, history)) {
        outcome.agreements += 1;
        await manager.query(`INSERT INTO rebuilt_agreements (id) VALUES ($1)`, [streamId]);
      }
      outcome.events += history.length;
      after = streamId;
    }
    if (streams.length < STREAM_BATCH) break;
  }
  // A row no stream explains is not an agreement: the log is the source of truth.
  await manager.query(
    `DELETE FROM agreements a WHERE NOT EXISTS (SELECT 1 FROM rebuilt_agreements r WHERE r.id = a.id)`,
  );
  return outcome;
}

/** Writes one stream's rows as the live path left them; false when it folds to nothing. */
async function replay(
  manager: EntityManager,
  readModels: AgreementReadModels,
  history: readonly StoredEvent[],
): Promise<boolean> {
  const firstEvent = history[0];
  const lastEvent = history.at(-1);
  if (firstEvent === undefined || lastEvent === undefined) return false;
  const states: AgreementState[] = [];
  history.reduce<AgreementState>((state, event) => {
    const next = evolve(state, toAgreementEvent(event));
    states.push(next);
    return next;
  }, initialAgreementState);
  const current = states.at(-1);
  if (current === undefined || current.status === 'none') return false;
  // The agreement's row first: the per-event rows reference it.
  await readModels.applyState(manager, current, lastEvent.version, lastEvent.occurredAt);
  for (const [index, event] of history.entries()) {
    const state = states[index];
    if (state === undefined || state.status === 'none') continue;
    await readModels.applyEvents(manager, {
      events: [toAgreementEvent(event)],
      state,
      version: event.version,
      at: event.occurredAt,
      actorId: event.actorId,
    });
  }
  // Live, the row was inserted by the first command and only updated after: an update
  // never rewrites who created it and when, so the rebuild sets them from the first event.
  await manager.query(`UPDATE agreements SET created_at = $2, created_by = $3 WHERE id = $1`, [
    current.id,
    firstEvent.occurredAt,
    current.createdBy,
  ]);
  return true;
}
