import type { SessionView } from '@concordat/domain';
import { Command } from '@nestjs/cqrs';

export interface LogInOutcome {
  session: SessionView;
  expiresAt: Date;
}

/** Exchange an email and password for a session token. */
export class LogInCommand extends Command<LogInOutcome> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
