import type { ExportFileEntry, ExportManifest } from '@concordat/domain';
import { finish, type ExportContext, type WrittenExport } from './export-context.js';
import { writeEvidencePack } from './evidence-pack.writer.js';
import { streamHeadTracker, writeTextEvents } from './text-events.writer.js';
import { writeXlsx } from './xlsx.writer.js';

/** The file an export of each format produces. */
const FILE_NAMES = {
  jsonl: 'events.jsonl',
  csv: 'events.csv',
  'csv-excel': 'events.csv',
  xlsx: 'events.xlsx',
  'evidence-pack': 'evidence-pack.zip',
} as const;

/**
 * Writes the export's file in its format and builds its manifest. `manifestFor` turns
 * what was written into manifest.json (the pack also carries one inside, listing the
 * pack's own files; the manifest served beside the pack lists the ZIP).
 */
export async function writeExport(
  context: ExportContext,
  manifestFor: (
    written: Omit<WrittenExport, 'files'>,
    files: ExportFileEntry[],
  ) => Promise<ExportManifest>,
): Promise<{ written: WrittenExport; manifest: ExportManifest }> {
  const format = context.row.format;
  const name = FILE_NAMES[format];
  const streams = new Map<string, { version: number; hash: string }>();
  const onRow = streamHeadTracker(streams);
  switch (format) {
    case 'jsonl':
    case 'csv':
    case 'csv-excel': {
      const sink = context.file(name);
      const file = await writeTextEvents(context, format, name, sink, onRow);
      await finish(sink);
      const written = { files: [file], rowCount: file.rows ?? 0, streams };
      return { written, manifest: await manifestFor(written, written.files) };
    }
    case 'xlsx': {
      // The summary sheet needs the manifest's facts, which do not depend on the file.
      const summary = await manifestFor({ rowCount: context.selection.totalRows, streams }, []);
      const file = await writeXlsx(context, name, summary, onRow);
      const written = { files: [file], rowCount: file.rows ?? 0, streams };
      return { written, manifest: await manifestFor(written, written.files) };
    }
    case 'evidence-pack': {
      const { file } = await writeEvidencePack(context, name, onRow, (files) =>
        manifestFor({ rowCount: context.selection.totalRows, streams }, files),
      );
      const written = { files: [file], rowCount: file.rows ?? 0, streams };
      return { written, manifest: await manifestFor(written, written.files) };
    }
    default: {
      const unhandled: never = format;
      throw new Error(`no writer for export format ${String(unhandled)}`);
    }
  }
}
