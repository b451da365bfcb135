import type { Actor, ExportView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

/** Stop a queued or running export; what it stored so far is deleted. */
export class CancelExportCommand extends Command<ExportView> {
  constructor(
    readonly exportId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
