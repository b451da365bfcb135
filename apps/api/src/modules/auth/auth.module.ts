import { type DynamicModule, Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.tokens.js';
import { LogInHandler } from './commands/log-in/log-in.handler.js';
import { LogOutHandler } from './commands/log-out/log-out.handler.js';
import { SessionStore } from './infrastructure/session-store.js';
import { UsersModule } from '../users/users.module.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { LoginThrottlerGuard } from './login-throttler.guard.js';
import { GetCurrentUserHandler } from './queries/get-current-user/get-current-user.handler.js';

// Nest modules are classes by convention; the class is a marker, its metadata is the module.
@Module({})
export class AuthModule {
  static register(settings: AuthSettings): DynamicModule {
    return {
      module: AuthModule,
      imports: [UsersModule],
      controllers: [AuthController],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        SessionStore,
        LoginRateLimiter,
        LoginThrottlerGuard,
        LogInHandler,
        LogOutHandler,
        GetCurrentUserHandler,
      ],
    };
  }
}
