import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { Clock } from '../clock/clock.js';
import { ApiError, ApiErrorCode } from '../problem/api-error.js';
import { IS_PUBLIC } from './public.decorator.js';
import { readSessionToken } from './read-session-token.js';
import { hashSessionToken } from './session-token.js';
import { SessionLookup } from './session-lookup.js';

/** Global guard: every route needs a live session unless it is marked @Public(). */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionLookup,
    private readonly clock: Clock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean | undefined>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic === true) return true;

    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = readSessionToken(request);
    const tokenHash = token === undefined ? undefined : hashSessionToken(token);
    const user =
      tokenHash === undefined
        ? undefined
        : await this.sessions.findUser(tokenHash, this.clock.now());
    if (user === undefined)
      throw new ApiError(ApiErrorCode.AuthenticationRequired, 'Sign in to continue.');
    request.user = user;
    return true;
  }
}
