import { createHash, randomUUID } from 'node:crypto';
import { addEvidenceSchema, type CommitmentDetailView } from '@concordat/domain';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { TransactionResponse } from '../../../../platform/idempotency/idempotent-transaction.js';
import { parseInput } from '../../../../platform/validation/parse-input.js';
import { CommitmentTransaction } from '../../infrastructure/commitment-transaction.js';
import { AddEvidenceFileCommand } from './add-evidence-file.command.js';

/**
 * Records EvidenceAdded with the file's name, type, size and SHA-256, and stores the bytes,
 * in one transaction: a refused command (role, occurrence, stale version) stores no file.
 */
@CommandHandler(AddEvidenceFileCommand)
export class AddEvidenceFileHandler implements ICommandHandler<AddEvidenceFileCommand> {
  constructor(private readonly transaction: CommitmentTransaction) {}

  execute(request: AddEvidenceFileCommand): Promise<TransactionResponse<CommitmentDetailView>> {
    const { commitmentId, fields, file, actor, expectedVersion, idempotency } = request;
    const evidenceId = randomUUID();
    const input = parseInput(addEvidenceSchema, {
      periodKey: fields.periodKey,
      note: fields.note ?? null,
      file: {
        fileId: evidenceId,
        name: file.name,
        mediaType: file.mediaType,
        size: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
      },
    });
    return this.transaction.run({
      commitmentId,
      command: { type: 'AddEvidence', data: { ...input, evidenceId } },
      actor,
      expectedVersion,
      idempotency,
      status: 200,
      alsoWrite: async (manager, now) => {
        await manager.query(
          `INSERT INTO commitment_evidence_files
             (id, commitment_id, name, media_type, size, sha256, content, created_at, created_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [
            evidenceId,
            commitmentId,
            file.name,
            file.mediaType,
            file.content.length,
            input.file?.sha256,
            file.content,
            now,
            actor.userId,
          ],
        );
      },
    });
  }
}
