import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../platform/clock/clock.js';
import { SessionStore } from '../../infrastructure/session-store.js';
import { LogOutCommand } from './log-out.command.js';

@CommandHandler(LogOutCommand)
export class LogOutHandler implements ICommandHandler<LogOutCommand> {
  constructor(
    private readonly sessions: SessionStore,
    private readonly clock: Clock,
  ) {}

  execute({ tokenHash }: LogOutCommand): Promise<void> {
    return this.sessions.revoke(tokenHash, this.clock.now());
  }
}
