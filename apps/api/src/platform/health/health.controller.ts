import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator.js';

@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
  ) {}

  @Get()
  @Public()
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and database reachability', operationId: 'health' })
  @ApiResponse({ status: 200, description: 'Up' })
  @ApiResponse({
    status: 503,
    description: 'The database does not answer (application/problem+json)',
  })
  check() {
    return this.health.check([() => this.database.pingCheck('database').withTimeout(1_500)]);
  }
}
