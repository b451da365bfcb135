import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../platform/clock/clock.js';
import { AUTH_SETTINGS, type AuthSettings } from './auth.tokens.js';

interface Window {
  startedAt: number;
  attempts: number;
}

/**
 * Counts login attempts per key in fixed windows, in memory (one api process; a shared
 * store is needed before running several). @nestjs/throttler would do the same, but it is
 * CommonJS requiring the ESM-only @nestjs/common, which Jest's ESM runtime cannot load on
 * Node 20, so the tests could not cover it.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    private readonly clock: Clock,
  ) {}

  /** Records an attempt; returns the seconds to wait if it is over the limit, else undefined. */
  attempt(key: string): number | undefined {
    const now = this.clock.now().getTime();
    this.forgetExpired(now);
    const window = this.windows.get(key) ?? { startedAt: now, attempts: 0 };
    window.attempts += 1;
    this.windows.set(key, window);
    if (window.attempts <= this.settings.loginAttempts) return undefined;
    return Math.max(1, Math.ceil((window.startedAt + this.settings.loginWindowMs - now) / 1000));
  }

  private forgetExpired(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= this.settings.loginWindowMs) this.windows.delete(key);
    }
  }
}
