import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { TextDiffView, TextVersionView } from '@concordat/domain';
import { z } from 'zod';
import { RequirePermission } from '../../../platform/auth/require-permission.decorator.js';
import { parseInput } from '../../../platform/validation/parse-input.js';
import { parseAgreementId } from '../agreement-id.js';
import { GetTextDiffDocs, ListTextVersionsDocs } from './agreement-text.openapi.js';
import { GetTextDiffQuery } from './queries/get-text-diff/get-text-diff.query.js';
import { ListTextVersionsQuery } from './queries/list-text-versions/list-text-versions.query.js';

const roundSchema = z.coerce
  .number({ message: 'must be a round number' })
  .int({ message: 'must be a round number' })
  .min(0, { message: 'must be 0 (the draft) or a round number' })
  .max(100000, { message: 'must be a round number' });

/** The versions of an agreement's text and the diff between two of them. */
@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements')
export class AgreementTextController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/versions')
  @RequirePermission('agreement.read')
  @ListTextVersionsDocs()
  versions(@Param('id') id: string): Promise<TextVersionView[]> {
    return this.queries.execute(new ListTextVersionsQuery(parseAgreementId(id)));
  }

  @Get(':id/versions/:a/diff/:b')
  @RequirePermission('agreement.read')
  @GetTextDiffDocs()
  diff(
    @Param('id') id: string,
    @Param('a') from: string,
    @Param('b') to: string,
  ): Promise<TextDiffView> {
    return this.queries.execute(
      new GetTextDiffQuery(
        parseAgreementId(id),
        parseInput(roundSchema, from, 'a'),
        parseInput(roundSchema, to, 'b'),
      ),
    );
  }
}
