import { timingSafeEqual } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { can } from '@concordat/domain';
import type { FastifyRequest } from 'fastify';
import { Clock } from '../clock/clock.js';
import { readSessionToken } from '../auth/read-session-token.js';
import { SessionLookup } from '../auth/session-lookup.js';
import { hashSessionToken } from '../auth/session-token.js';
import { ApiError, ApiErrorCode } from '../problem/api-error.js';
import { METRICS_TOKEN } from './metrics.tokens.js';

/**
 * Who may scrape: Prometheus with the configured bearer token (CONCORDAT_METRICS_TOKEN),
 * or a signed-in user with `metrics.read` (admins). The route is otherwise @Public, since
 * the global authentication guard knows only sessions.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  constructor(
    @Inject(METRICS_TOKEN) private readonly token: string | undefined,
    private readonly sessions: SessionLookup,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const given = readSessionToken(request);
    if (given === undefined)
      throw new ApiError(ApiErrorCode.AuthenticationRequired, 'Send the metrics token or sign in.');
    if (this.token !== undefined && sameSecret(given, this.token)) return true;
    const user = await this.sessions.findUser(hashSessionToken(given), this.clock.now());
    if (user === undefined)
      throw new ApiError(ApiErrorCode.AuthenticationRequired, 'Send the metrics token or sign in.');
    if (!can(user.role, 'metrics.read'))
      throw new ApiError(
        ApiErrorCode.PermissionDenied,
        `Your role (${user.role}) may not do this (metrics.read).`,
      );
    return true;
  }
}

/** Constant-time comparison, so the token cannot be guessed a character at a time. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
