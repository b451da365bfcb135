import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { GetAttachmentQuery, type StoredAttachment } from './get-attachment.query.js';

@QueryHandler(GetAttachmentQuery)
export class GetAttachmentHandler implements IQueryHandler<GetAttachmentQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ agreementId, attachmentId }: GetAttachmentQuery): Promise<StoredAttachment> {
    const rows = await this.dataSource.query<
      { name: string; media_type: string; sha256: string; content: Buffer }[]
    >(
      `SELECT name, media_type, sha256, content FROM agreement_attachments
       WHERE id = $1 AND agreement_id = $2`,
      [attachmentId, agreementId],
    );
    const row = rows[0];
    if (row === undefined) {
      throw new ApiError(
        ApiErrorCode.NotFound,
        `Agreement ${agreementId} has no attachment ${attachmentId}.`,
      );
    }
    return { name: row.name, mediaType: row.media_type, sha256: row.sha256, content: row.content };
  }
}
