import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { type Observable, tap } from 'rxjs';
import { ApiErrorCode } from '../problem/api-error.js';
import { toProblem } from '../problem/to-problem.js';
import { commandOf } from './command-routes.js';
import { MetricsRegistry } from './metrics.registry.js';

const CONFLICT_CODE: string = ApiErrorCode.ConcurrencyConflict;

/**
 * Counts what became of each agreement and commitment command, beside the handlers rather
 * than in them: an error is classified the way the problem filter will answer it, so the
 * `code` label is the code the client saw. Guards run before interceptors, so requests
 * refused for want of a session or a permission are not commands and are not counted.
 */
@Injectable()
export class CommandOutcomeInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsRegistry) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const command = commandOf(
      request.method,
      request.routeOptions.url,
      request.params as Record<string, string | undefined>,
    );
    if (command === undefined) return next.handle();
    return next.handle().pipe(
      tap({
        next: () => {
          this.metrics.commandOutcomes.inc({ ...command, outcome: 'ok', code: '' });
        },
        error: (error: unknown) => {
          const { status, code } = toProblem(error, request.url);
          const outcome =
            code === CONFLICT_CODE ? 'conflict' : status >= 500 ? 'error' : 'rejected';
          this.metrics.commandOutcomes.inc({ ...command, outcome, code });
        },
      }),
    );
  }
}
