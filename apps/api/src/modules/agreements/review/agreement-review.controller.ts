import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AgreementReviewView } from '@concordat/domain';
import { RequirePermission } from '../../../platform/auth/require-permission.decorator.js';
import { parseAgreementId } from '../agreement-id.js';
import { GetAgreementReviewDocs } from './agreement-review.openapi.js';
import { GetAgreementReviewQuery } from './get-agreement-review/get-agreement-review.query.js';

@ApiTags('agreements')
@ApiBearerAuth()
@Controller('api/agreements/:id/review')
export class AgreementReviewController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @RequirePermission('agreement.read')
  @GetAgreementReviewDocs()
  review(@Param('id') id: string): Promise<AgreementReviewView> {
    return this.queries.execute(new GetAgreementReviewQuery(parseAgreementId(id)));
  }
}
