import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { ExportFileEntry } from '@concordat/domain';
import type { ExportRow } from '../infrastructure/export-row.js';
import type { ChunkSink } from '../infrastructure/chunk-store.js';
import type { EventSnapshot } from './event-snapshot.js';
import { eventRowsSql, type EventRow, type ExportSelection } from './export-selection.js';

/** Everything a format writer needs: the export, its snapshot and where its files go. */
export interface ExportContext {
  row: ExportRow;
  snapshot: EventSnapshot;
  selection: ExportSelection;
  batchSize: number;
  /** Opens a stored file of the export. */
  file(name: string): ChunkSink;
  /** Called after each batch: records progress, throws ExportCancelledSignal if cancelled. */
  progress(rows: number): Promise<void>;
  /**
   * Writes the agreement's PDF dossier into `out` (and ends it): an evidence pack of one
   * agreement (`streams` scope) only, else null.
   */
  dossier: ((out: Writable) => Promise<void>) | null;
}

/** What a format writer leaves behind. */
export interface WrittenExport {
  files: ExportFileEntry[];
  /** Events exported. */
  rowCount: number;
  /** Each exported stream's last version and hash (for the `streams` scope manifest). */
  streams: Map<string, { version: number; hash: string }>;
}

/** Thrown between batches when the export was cancelled meanwhile. */
export class ExportCancelledSignal extends Error {
  constructor() {
    super('the export was cancelled');
  }
}

/** Waits while `out` holds more than it wants: the database goes no faster than the store. */
export async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain');
}

/**
 * Reads the selected events batch by batch and hands each batch to `write`; `progress` gets
 * the running count after `progressOffset` (an evidence pack reads the events twice).
 */
export async function forEachBatch(
  context: ExportContext,
  write: (rows: EventRow[]) => Promise<void>,
  progressOffset = 0,
): Promise<number> {
  let count = 0;
  for await (const rows of context.snapshot.batches<EventRow>(
    eventRowsSql(context.selection),
    context.selection.where.params,
    context.batchSize,
  )) {
    await write(rows);
    count += rows.length;
    await context.progress(progressOffset + count);
  }
  return count;
}

/** Ends a writable and waits until everything it was given is stored. */
export async function finish(out: Writable): Promise<void> {
  if (!out.writableFinished) {
    out.end();
    await once(out, 'finish');
  }
}
