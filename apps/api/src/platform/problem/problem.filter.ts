import { type ArgumentsHost, Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { toProblem } from './to-problem.js';

const RETRY_AFTER_SECONDS = '5';

/**
 * The one exception filter: everything thrown becomes RFC 9457 problem+json. Nest 12 also
 * routes Fastify's own errors (malformed JSON, unknown routes) through it.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemFilter.name);

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = toProblem(error, request.url.split('?')[0] ?? request.url);
    if (problem.status >= 500) {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    // Unavailable is temporary (a database restarting): say when a retry is worth it.
    if (problem.status === 503) void reply.header('retry-after', RETRY_AFTER_SECONDS);
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }
}
