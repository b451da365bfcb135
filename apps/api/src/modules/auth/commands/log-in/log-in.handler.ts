import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock.js';
import { PasswordHasher } from '../../../../platform/auth/password-hasher.js';
import { hashSessionToken, newSessionToken } from '../../../../platform/auth/session-token.js';
import { ApiError, ApiErrorCode } from '../../../../platform/problem/api-error.js';
import { AUTH_SETTINGS, type AuthSettings } from '../../auth.tokens.js';
import { SessionStore } from '../../infrastructure/session-store.js';
import { UserAccounts } from '../../../users/user-accounts.js';
import { LogInCommand, type LogInOutcome } from './log-in.command.js';

// Verified when the email is unknown, so both failures take the same time and say the same.
const DECOY_HASH =
  '$argon2id$v=19$m=65536,p=4,t=3$d8WTPt5NpkoIJ25+mZWVWg$6FGB4nrspWKeIxS1ZVyPctLbv7wDLckFamGyR/jN+L0';

@CommandHandler(LogInCommand)
export class LogInHandler implements ICommandHandler<LogInCommand> {
  constructor(
    private readonly users: UserAccounts,
    private readonly sessions: SessionStore,
    private readonly passwords: PasswordHasher,
    private readonly clock: Clock,
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
  ) {}

  async execute({ email, password }: LogInCommand): Promise<LogInOutcome> {
    const account = await this.users.findByEmail(email);
    const passwordMatches = await this.passwords.verify(
      account?.passwordHash ?? DECOY_HASH,
      password,
    );
    if (account === undefined || !passwordMatches) {
      throw new ApiError(ApiErrorCode.InvalidCredentials, 'The email or password is not right.');
    }
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + this.settings.sessionTtlMs);
    const token = newSessionToken();
    await this.sessions.open(account.id, hashSessionToken(token), now, expiresAt);
    const { passwordHash: _omitted, ...user } = account;
    return { session: { accessToken: token, user }, expiresAt };
  }
}
