import type { TextDiffView } from '@concordat/domain';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiError, ApiErrorCode } from '../../../../../platform/problem/api-error.js';
import { readAgreementView } from '../../../queries/agreement-detail.js';
import { readVersionRows, toVersionSummary, toVersionView } from '../text-version-rows.js';
import { GetTextDiffQuery } from './get-text-diff.query.js';
import { diffVersions } from './text-diff.js';

@QueryHandler(GetTextDiffQuery)
export class GetTextDiffHandler implements IQueryHandler<GetTextDiffQuery> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ agreementId, from, to }: GetTextDiffQuery): Promise<TextDiffView> {
    const manager = this.dataSource.manager;
    await readAgreementView(manager, agreementId); // 404 for an unknown agreement
    const rows = await readVersionRows(manager, agreementId, [from, to]);
    const older = rows.find((row) => row.round === from);
    const newer = rows.find((row) => row.round === to);
    const missing = older === undefined ? from : newer === undefined ? to : null;
    if (older === undefined || newer === undefined) {
      throw new ApiError(
        ApiErrorCode.NotFound,
        `Agreement ${agreementId} has no text version ${String(missing)}.`,
      );
    }
    return {
      from: toVersionSummary(older),
      to: toVersionSummary(newer),
      ...diffVersions(toVersionView(older), toVersionView(newer)),
    };
  }
}
