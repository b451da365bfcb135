import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError, ApiErrorCode } from '../../platform/problem/api-error.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

/**
 * Limits login attempts per client IP and email together, so guessing one account's
 * password is slowed without locking everyone behind a shared NAT out.
 */
@Injectable()
export class LoginThrottlerGuard implements CanActivate {
  constructor(private readonly limiter: LoginRateLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const body = request.body;
    const email =
      typeof body === 'object' && body !== null && 'email' in body && typeof body.email === 'string'
        ? body.email.trim().toLowerCase()
        : '';
    const retryAfterSeconds = this.limiter.attempt(`${request.ip}|${email}`);
    if (retryAfterSeconds === undefined) return true;
    void http.getResponse<FastifyReply>().header('retry-after', String(retryAfterSeconds));
    throw new ApiError(
      ApiErrorCode.RateLimited,
      'Too many sign-in attempts. Wait a minute and try again.',
    );
  }
}
