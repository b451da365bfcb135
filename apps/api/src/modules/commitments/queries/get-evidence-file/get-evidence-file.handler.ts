import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { type EvidenceFileContent, GetEvidenceFileQuery } from './get-evidence-file.query.js';

@QueryHandler(GetEvidenceFileQuery)
export class GetEvidenceFileHandler implements IQueryHandler<GetEvidenceFileQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ commitmentId, evidenceId }: GetEvidenceFileQuery): Promise<EvidenceFileContent> {
    const [row] = await this.dataSource.query<
      Array<{ name: string; media_type: string; sha256: string; content: Buffer }>
    >(
      `SELECT name, media_type, sha256, content FROM commitment_evidence_files
        WHERE id = $1 AND commitment_id = $2`,
      [evidenceId, commitmentId],
    );
    if (row === undefined) {
      throw new ApiError(ApiErrorCode.NotFound, 'This commitment has no such evidence file.');
    }
    return { name: row.name, mediaType: row.media_type, sha256: row.sha256, content: row.content };
  }
}
