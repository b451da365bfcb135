import type { Actor } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';
import type { Readable } from 'node:stream';

/** A file ready to stream, with what the download headers say about it. */
export interface ExportDownload {
  name: string;
  mediaType: string;
  bytes: number;
  sha256: string | null;
  content: Readable;
}

/**
 * Hand out one file of a completed export (or its manifest.json), recording
 * ExportDownloaded: who took which file is part of the audit trail.
 */
export class DownloadExportFileCommand extends Command<ExportDownload> {
  constructor(
    readonly exportId: string,
    readonly name: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
