import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Actor, UserRef } from '@concordat/domain';
import type { FastifyRequest } from 'fastify';
import { ApiError, ApiErrorCode } from '../problem/api-error.js';

function userOf(context: ExecutionContext): UserRef {
  const { user } = context.switchToHttp().getRequest<FastifyRequest>();
  if (user === undefined)
    throw new ApiError(ApiErrorCode.AuthenticationRequired, 'Sign in to continue.');
  return user;
}

/** The signed-in user (the authentication guard put it on the request). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext) =>
  userOf(context),
);

/** The signed-in user as the domain sees an actor. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const user = userOf(context);
  return { userId: user.id, role: user.role };
});
