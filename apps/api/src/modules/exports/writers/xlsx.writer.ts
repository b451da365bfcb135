import type { ExportFileEntry, ExportManifest } from '@concordat/domain';
import ExcelJS from 'exceljs';
import { EVENT_CSV_HEADER, eventCells } from './event-lines.js';
import { drained, finish, forEachBatch, type ExportContext } from './export-context.js';
import type { EventRow } from './export-selection.js';

/** Excel keeps at most this many characters in a cell; longer payloads are cut and marked. */
const CELL_LIMIT = 32_767;

/**
 * `events.xlsx` with exceljs' streaming writer: each row is committed as it is added, so
 * the sheet is zipped into the chunk store as it grows instead of living in memory. A
 * second sheet, "Manifest", summarises what the export covers (the manifest.json beside
 * it is the authority: a file cannot hold its own hash).
 */
export async function writeXlsx(
  context: ExportContext,
  name: string,
  summary: ExportManifest,
  onRow: (row: EventRow) => void,
): Promise<ExportFileEntry> {
  const sink = context.file(name);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: sink,
    useStyles: false,
    useSharedStrings: false,
  });
  const events = workbook.addWorksheet('Events');
  events.addRow([...EVENT_CSV_HEADER]).commit();
  const rows = await forEachBatch(context, async (batch) => {
    for (const row of batch) {
      onRow(row);
      events
        .addRow(
          eventCells(row, context.row.language).map((cell) =>
            typeof cell === 'string' && cell.length > CELL_LIMIT
              ? `${cell.slice(0, CELL_LIMIT - 1)}…`
              : cell,
          ),
        )
        .commit();
    }
    await drained(sink);
  });
  events.commit();
  const sheet = workbook.addWorksheet('Manifest');
  for (const [key, value] of manifestSummary(summary, rows)) sheet.addRow([key, value]).commit();
  sheet.commit();
  await workbook.commit();
  await finish(sink);
  return { name, sha256: sink.sha256, bytes: sink.bytes, rows };
}

function manifestSummary(manifest: ExportManifest, rows: number): Array<[string, string]> {
  return [
    ['format', manifest.format],
    ['exportId', manifest.exportId],
    ['createdAt', manifest.createdAt],
    ['createdBy', `${manifest.createdBy.name} (${manifest.createdBy.id})`],
    ['scope', manifest.scope],
    ['filters', JSON.stringify(manifest.filters)],
    ['rowCount', String(rows)],
    ['chainHead.position', manifest.chainHead.position ?? ''],
    ['chainHead.globalHash', manifest.chainHead.globalHash],
    ['checkpoint.position', manifest.checkpoint?.position ?? ''],
    ['checkpoint.globalHash', manifest.checkpoint?.globalHash ?? ''],
    ['checkpoint.createdAt', manifest.checkpoint?.createdAt ?? ''],
    ['publicKey.keyId', manifest.publicKey.keyId],
    ['verify', 'See manifest.json; the JSON Lines export is the verifiable one.'],
  ];
}
