import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticationGuard } from './authentication.guard.js';
import { PasswordHasher } from './password-hasher.js';
import { PermissionGuard } from './permission.guard.js';
import { SessionLookup } from './session-lookup.js';

// Guards are registered in order: who you are, then what you may do.
@Global()
@Module({
  providers: [
    SessionLookup,
    PasswordHasher,
    { provide: APP_GUARD, useClass: AuthenticationGuard },
    { provide: APP_GUARD, useClass: PermissionGuard },
  ],
  exports: [PasswordHasher, SessionLookup],
})
export class AuthPlatformModule {}
