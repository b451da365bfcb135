import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import type { ExportFileEntry } from '@concordat/domain';
import { csvLine, EVENT_CSV_HEADER, eventCells, jsonlLine } from './event-lines.js';
import { drained, forEachBatch, type ExportContext } from './export-context.js';
import type { EventRow } from './export-selection.js';

export type TextEventsFormat = 'jsonl' | 'csv' | 'csv-excel';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Writes the selected events as JSON Lines or CSV into `out`, a batch at a time, and
 * returns the file's entry (SHA-256 and size counted here, whatever `out` is: a stored
 * file or a ZIP entry). `onRow` sees each event (stream heads for the manifest).
 */
export async function writeTextEvents(
  context: ExportContext,
  format: TextEventsFormat,
  name: string,
  out: Writable,
  onRow: (row: EventRow) => void = () => undefined,
  progressOffset = 0,
): Promise<ExportFileEntry> {
  const hash = createHash('sha256');
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    const data = Buffer.from(text, 'utf8');
    hash.update(data);
    bytes += data.length;
    out.write(data);
    await drained(out);
  };
  if (format !== 'jsonl') {
    await write((format === 'csv-excel' ? BYTE_ORDER_MARK : '') + csvLine(EVENT_CSV_HEADER));
  }
  const language = context.row.language;
  const rows = await forEachBatch(
    context,
    (batch) => {
      batch.forEach(onRow);
      return write(
        batch
          .map((row) => (format === 'jsonl' ? jsonlLine(row) : csvLine(eventCells(row, language))))
          .join(''),
      );
    },
    progressOffset,
  );
  return { name, sha256: hash.digest('hex'), bytes, rows };
}

/** Remembers each stream's last exported version and hash. */
export function streamHeadTracker(streams: Map<string, { version: number; hash: string }>) {
  return (row: EventRow): void => {
    streams.set(row.stream_id, { version: row.stream_version, hash: row.hash });
  };
}
