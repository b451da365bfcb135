import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, type Permission } from '@concordat/domain';
import type { FastifyRequest } from 'fastify';
import { ApiError, ApiErrorCode } from '../problem/api-error.js';
import { REQUIRED_PERMISSION } from './require-permission.decorator.js';

/** Global guard, after authentication: checks @RequirePermission against the domain's table. */
@Injectable()
export class PermissionGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(
      REQUIRED_PERMISSION,
      [context.getHandler(), context.getClass()],
    );
    if (permission === undefined) return true;
    const { user } = context.switchToHttp().getRequest<FastifyRequest>();
    if (user === undefined)
      throw new ApiError(ApiErrorCode.AuthenticationRequired, 'Sign in to continue.');
    if (!can(user.role, permission)) {
      throw new ApiError(
        ApiErrorCode.PermissionDenied,
        `Your role (${user.role}) may not do this (${permission}).`,
      );
    }
    return true;
  }
}
