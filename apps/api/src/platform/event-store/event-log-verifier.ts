import type { EntityManager } from 'typeorm';
import {
  type Checkpoint,
  type CheckpointRow,
  checkpointText,
  type StreamHead,
  streamsDigest,
} from './checkpoint.js';
import { eventHash, GENESIS_HASH, globalEventHash, OCCURRED_AT_AS_HASHED } from './event-hash.js';
import type { CheckpointSigner } from './signing-key.js';

/** Why a link is broken; stable codes an auditor's script can match on. */
export type BrokenReason =
  | 'stream-version-out-of-order'
  | 'event-hash-mismatch'
  | 'global-chain-broken'
  | 'log-ends-before-head'
  | 'events-after-head'
  | 'checkpoint-event-missing'
  | 'checkpoint-mismatch'
  | 'checkpoint-signature-invalid';

export interface BrokenLink {
  /** Global position of the event (or of the checkpoint's event) where the chain breaks. */
  position: string | null;
  streamId: string | null;
  version: number | null;
  reason: BrokenReason;
  /** The same in a sentence. */
  detail: string;
}

export interface VerificationReport {
  ok: boolean;
  eventsChecked: number;
  streamsChecked: number;
  checkpointsChecked: number;
  firstBroken: BrokenLink | null;
}

interface EventRow {
  position: string;
  stream_id: string;
  stream_version: number;
  type: string;
  payload: unknown;
  actor_id: string;
  occurred_at: string;
  hash: string;
  global_hash: string;
}

const DEFAULT_BATCH = 500;

/**
 * Re-derives every link of the log from the rows as they are now: each stream chain, the
 * global chain, the chain head, and every checkpoint (its signature, and the heads it
 * signed against the log). Reads the log in position order a batch at a time (keyset
 * paging), so memory grows with the number of streams, not of events. It stops the scan at
 * the first broken event: after it, every link would be reported broken too.
 * `onProgress` hears the number of events checked after each batch (a background
 * verification reports it to the reader).
 */
export async function verifyEventLog(
  manager: EntityManager,
  signer: CheckpointSigner,
  batchSize = DEFAULT_BATCH,
  onProgress?: (eventsChecked: number) => Promise<void>,
): Promise<VerificationReport> {
  const checkpoints = await readCheckpoints(manager);
  const breaks: BrokenLink[] = checkpoints
    .filter(
      (checkpoint) =>
        checkpoint.keyId !== signer.keyId ||
        !signer.verify(checkpointText(checkpoint), checkpoint.signature),
    )
    .map((checkpoint) => ({
      position: checkpoint.position,
      streamId: null,
      version: null,
      reason: 'checkpoint-signature-invalid',
      detail: `checkpoint ${checkpoint.id} does not carry a valid signature by key ${signer.keyId}`,
    }));

  const streams = new Map<string, StreamHead>();
  let globalHash = GENESIS_HASH;
  let lastPosition: string | null = null;
  let eventsChecked = 0;
  // Checkpoints by position; those of an empty log (position null) are checked up front.
  const pending = [...checkpoints].sort(byPosition);
  while (pending[0] !== undefined && pending[0].position === null) {
    const checkpoint = pending.shift();
    if (checkpoint !== undefined) breaks.push(...compare(checkpoint, null, GENESIS_HASH, streams));
  }

  scan: for (;;) {
    const rows: EventRow[] = await manager.query<EventRow[]>(
      `SELECT position::text AS position, stream_id::text AS stream_id, stream_version, type,
              payload, actor_id::text AS actor_id, ${OCCURRED_AT_AS_HASHED} AS occurred_at,
              hash, global_hash
         FROM events WHERE position > $1 ORDER BY events.position LIMIT ${batchSize}`,
      [lastPosition ?? '0'],
    );
    for (const row of rows) {
      while (pending[0] !== undefined && BigInt(pending[0].position ?? 0) < BigInt(row.position)) {
        const checkpoint = pending.shift();
        if (checkpoint !== undefined) breaks.push(missingCheckpointEvent(checkpoint));
      }
      eventsChecked += 1;
      const broken = checkEvent(row, streams.get(row.stream_id), globalHash);
      if (broken !== null) {
        breaks.push(broken);
        break scan;
      }
      streams.set(row.stream_id, {
        streamId: row.stream_id,
        version: row.stream_version,
        hash: row.hash,
      });
      globalHash = row.global_hash;
      lastPosition = row.position;
      while (pending[0] !== undefined && pending[0].position === row.position) {
        const checkpoint = pending.shift();
        if (checkpoint !== undefined)
          breaks.push(...compare(checkpoint, row.position, globalHash, streams));
      }
    }
    if (onProgress !== undefined) await onProgress(eventsChecked);
    if (rows.length < batchSize) {
      breaks.push(...pending.map(missingCheckpointEvent));
      breaks.push(...(await compareHead(manager, lastPosition, globalHash)));
      break;
    }
  }

  const firstBroken = breaks.sort(byPosition)[0] ?? null;
  return {
    ok: firstBroken === null,
    eventsChecked,
    streamsChecked: streams.size,
    checkpointsChecked: checkpoints.length,
    firstBroken,
  };
}

/** The first thing wrong with one event, given its stream's head and the global head before it. */
function checkEvent(
  row: EventRow,
  streamHead: StreamHead | undefined,
  previousGlobalHash: string,
): BrokenLink | null {
  const at = { position: row.position, streamId: row.stream_id, version: row.stream_version };
  const expectedVersion = (streamHead?.version ?? 0) + 1;
  if (row.stream_version !== expectedVersion) {
    return {
      ...at,
      reason: 'stream-version-out-of-order',
      detail: `expected version ${expectedVersion} of stream ${row.stream_id} here, found ${row.stream_version}: an event was deleted, inserted or moved`,
    };
  }
  const hash = eventHash(streamHead?.hash ?? GENESIS_HASH, {
    streamId: row.stream_id,
    version: row.stream_version,
    type: row.type,
    payload: row.payload,
    actorId: row.actor_id,
    occurredAt: row.occurred_at,
  });
  if (hash !== row.hash) {
    return {
      ...at,
      reason: 'event-hash-mismatch',
      detail: 'the event does not hash to its stored hash: its content or its predecessor changed',
    };
  }
  if (globalEventHash(previousGlobalHash, row.hash) !== row.global_hash) {
    return {
      ...at,
      reason: 'global-chain-broken',
      detail:
        'the global chain does not lead to this event: an event before it was deleted, inserted or moved',
    };
  }
  return null;
}

function compare(
  checkpoint: Checkpoint,
  position: string | null,
  globalHash: string,
  streams: Map<string, StreamHead>,
): BrokenLink[] {
  const matches =
    checkpoint.globalHash === globalHash &&
    checkpoint.streamCount === streams.size &&
    checkpoint.streamsDigest === streamsDigest(streams.values());
  return matches
    ? []
    : [
        {
          position,
          streamId: null,
          version: null,
          reason: 'checkpoint-mismatch',
          detail: `checkpoint ${checkpoint.id} signed other chain heads than the log has at position ${position ?? 'none'}`,
        },
      ];
}

function missingCheckpointEvent(checkpoint: Checkpoint): BrokenLink {
  return {
    position: checkpoint.position,
    streamId: null,
    version: null,
    reason: 'checkpoint-event-missing',
    detail: `checkpoint ${checkpoint.id} covers position ${checkpoint.position ?? 'none'}, which the log no longer holds`,
  };
}

async function compareHead(
  manager: EntityManager,
  lastPosition: string | null,
  globalHash: string,
): Promise<BrokenLink[]> {
  const [head] = await manager.query<Array<{ last_position: string | null; global_hash: string }>>(
    `SELECT last_position::text AS last_position, global_hash FROM event_chain_head`,
  );
  if (
    head === undefined ||
    (head.last_position === lastPosition && head.global_hash === globalHash)
  )
    return [];
  if (head.last_position !== null && BigInt(head.last_position) > BigInt(lastPosition ?? 0)) {
    return [
      {
        position: head.last_position,
        streamId: null,
        version: null,
        reason: 'log-ends-before-head',
        detail: `the chain head records position ${head.last_position}, but the log ends at ${lastPosition ?? 'nothing'}: its last events were deleted`,
      },
    ];
  }
  if (head.last_position === lastPosition) {
    return [
      {
        position: lastPosition,
        streamId: null,
        version: null,
        reason: 'global-chain-broken',
        detail:
          'the last event does not carry the global hash the chain head records: the chain was recomputed',
      },
    ];
  }
  // The log goes on past the head: name the first event the event store did not write.
  const [extra] = await manager.query<EventRow[]>(
    `SELECT position::text AS position, stream_id::text AS stream_id, stream_version
       FROM events WHERE position > $1 ORDER BY events.position LIMIT 1`,
    [head.last_position ?? '0'],
  );
  return [
    {
      position: extra?.position ?? lastPosition,
      streamId: extra?.stream_id ?? null,
      version: extra?.stream_version ?? null,
      reason: 'events-after-head',
      detail: `the log goes on past the chain head (position ${head.last_position ?? 'none'}): events were added without the event store`,
    },
  ];
}

async function readCheckpoints(manager: EntityManager): Promise<Checkpoint[]> {
  const rows = await manager.query<CheckpointRow[]>(
    `SELECT id::text AS id, position::text AS position, global_hash, stream_count, streams_digest,
            created_at, key_id, signature
       FROM event_checkpoints ORDER BY id`,
  );
  return rows.map((row) => ({
    id: row.id,
    position: row.position,
    globalHash: row.global_hash,
    streamCount: row.stream_count,
    streamsDigest: row.streams_digest,
    createdAt: row.created_at.toISOString(),
    keyId: row.key_id,
    signature: row.signature,
  }));
}

/** Earliest position first; "no position" (an empty log) before any. */
function byPosition(a: { position: string | null }, b: { position: string | null }): number {
  const left = BigInt(a.position ?? -1);
  const right = BigInt(b.position ?? -1);
  return left < right ? -1 : left > right ? 1 : 0;
}
