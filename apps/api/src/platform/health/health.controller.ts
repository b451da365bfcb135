import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator.js';
import { ReadinessIndicators } from './readiness.indicators.js';

const UNAVAILABLE = {
  status: 503,
  description: 'Not ready: the failing checks, as application/problem+json',
} as const;

/**
 * Probes for load balancers and orchestrators. `live` says the process serves HTTP at all
 * (restart it if not); `ready` says it can do useful work (send it traffic if so). A lost
 * database makes an instance unready, not dead: restarting it would not bring PostgreSQL back.
 */
@ApiTags('health')
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly readiness: ReadinessIndicators,
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

  @Get('live')
  @Public()
  @ApiOperation({
    summary: 'Liveness: the process answers HTTP (touches no database)',
    operationId: 'healthLive',
  })
  @ApiResponse({ status: 200, description: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @HealthCheck()
  @ApiOperation({
    summary: 'Readiness: database reachable, migrations applied, job queue started',
    operationId: 'healthReady',
  })
  @ApiResponse({ status: 200, description: 'Ready for traffic' })
  @ApiResponse(UNAVAILABLE)
  ready() {
    return this.health.check([
      () => this.readiness.database(),
      () => this.readiness.migrations(),
      () => this.readiness.jobQueue(),
    ]);
  }
}
