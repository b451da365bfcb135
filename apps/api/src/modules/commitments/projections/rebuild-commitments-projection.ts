import { type CommitmentState, evolveCommitment, initialCommitmentState } from '@concordat/domain';
import type { EntityManager } from 'typeorm';
import { EventStore } from '../../../platform/event-store/event-store.js';
import { toCommitmentEvent } from '../infrastructure/commitment-event.codec.js';
import { CommitmentProjection } from './commitment.projection.js';

export interface CommitmentRebuildOutcome {
  commitments: number;
  events: number;
}

const STREAM_BATCH = 200;

/**
 * Folds every commitment's read models again from the log, in the caller's transaction,
 * with the same projection as the live path. Run after the agreements' rebuild: the rows
 * reference agreements. The stored evidence files are not derived and stay.
 */
export async function rebuildCommitmentsProjection(
  manager: EntityManager,
  projection: CommitmentProjection = new CommitmentProjection(),
  eventStore: EventStore = new EventStore(),
): Promise<CommitmentRebuildOutcome> {
  await manager.query(`SELECT 1 FROM event_chain_head FOR UPDATE`);
  await manager.query(`TRUNCATE ${CommitmentProjection.DERIVED_TABLES.join(', ')}`);
  const outcome: CommitmentRebuildOutcome = { commitments: 0, events: 0 };
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const streams = await manager.query<Array<{ stream_id: string }>>(
      `SELECT stream_id::text AS stream_id FROM events
        WHERE stream_version = 1 AND type = 'CommitmentPlanned' AND stream_id > $1::uuid
        ORDER BY stream_id LIMIT ${STREAM_BATCH}`,
      [after],
    );
    for (const { stream_id: streamId } of streams) {
      const history = await eventStore.readStream(manager, streamId);
      const events = history.map(toCommitmentEvent);
      const states: CommitmentState[] = [];
      events.reduce<CommitmentState>((state, event) => {
        const next = evolveCommitment(state, event);
        states.push(next);
        return next;
      }, initialCommitmentState);
      const current = states.at(-1);
      const first = history[0];
      const last = history.at(-1);
      if (current !== undefined && current.status !== 'none' && first && last) {
        await projection.applyState(manager, current, last.version, last.occurredAt);
        for (const [index, event] of events.entries()) {
          const stored = history[index];
          if (stored === undefined) continue;
          await projection.applyEvent(manager, event, {
            state: current,
            at: stored.occurredAt,
            actorId: stored.actorId,
          });
        }
        // Live, the row was inserted by the plan and only updated after.
        await manager.query(`UPDATE commitments SET created_at = $2 WHERE id = $1`, [
          current.id,
          first.occurredAt,
        ]);
        outcome.commitments += 1;
      }
      outcome.events += history.length;
      after = streamId;
    }
    if (streams.length < STREAM_BATCH) break;
  }
  return outcome;
}
