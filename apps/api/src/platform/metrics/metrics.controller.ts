import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/public.decorator.js';
import { MetricsAccessGuard } from './metrics-access.guard.js';
import { MetricsRegistry } from './metrics.registry.js';

@ApiTags('metrics')
@Controller('api/metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsRegistry) {}

  @Get()
  // Not a session route: MetricsAccessGuard takes the scrape token as well as admins.
  @Public()
  @UseGuards(MetricsAccessGuard)
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Prometheus metrics (text exposition format)',
    description:
      'Bearer CONCORDAT_METRICS_TOKEN, or an admin session. Request rates and latencies, ' +
      'command outcomes, job queue depth, integrity proof ages, pool and process metrics.',
    operationId: 'metrics',
  })
  @ApiProduces('text/plain')
  @ApiResponse({ status: 200, description: 'Prometheus text format 0.0.4' })
  @ApiResponse({ status: 401, description: 'No token or session (application/problem+json)' })
  @ApiResponse({ status: 403, description: 'Signed in without metrics.read' })
  async scrape(@Res() reply: FastifyReply): Promise<void> {
    const text = await this.metrics.metrics();
    await reply.header('content-type', this.metrics.contentType).send(text);
  }
}
