import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@concordat/domain';

export const REQUIRED_PERMISSION = 'concordat:required-permission';

/** The permission (from the domain's PERMISSIONS table) a route needs. */
export const RequirePermission = (permission: Permission) =>
  SetMetadata(REQUIRED_PERMISSION, permission);
