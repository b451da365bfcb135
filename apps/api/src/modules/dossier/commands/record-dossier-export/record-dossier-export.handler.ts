import { randomUUID } from 'node:crypto';
import type { DossierExportEvent } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../../../platform/clock/clock.js';
import { EventStore } from '../../../../platform/event-store/event-store.js';
import { RecordDossierExportCommand } from './record-dossier-export.command.js';

/**
 * Appends `DossierExported` as version 1 of a new stream, in its own transaction, before
 * the first byte of the PDF leaves: a dossier is never handed out unrecorded. The event
 * store files the stream under the agreement (`event_streams`, kind `dossier`), so the
 * agreement's audit history shows who took it. Not the agreement's own stream: a read must
 * not move the agreement's version, which its editors send back as If-Match.
 */
@CommandHandler(RecordDossierExportCommand)
export class RecordDossierExportHandler implements ICommandHandler<RecordDossierExportCommand> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventStore,
    private readonly clock: Clock,
  ) {}

  async execute({
    agreementId,
    language,
    actorId,
  }: RecordDossierExportCommand): Promise<{ streamId: string }> {
    const streamId = randomUUID();
    const exported: DossierExportEvent = {
      type: 'DossierExported',
      data: { agreementId, language },
    };
    const now = this.clock.now().toISOString();
    await this.dataSource.transaction((manager) =>
      this.events.append(manager, streamId, 0, [exported], actorId, now),
    );
    return { streamId };
  }
}
