import { Command } from '@nestjs/cqrs';

/** Revoke the session with this token hash; revoking twice is harmless. */
export class LogOutCommand extends Command<void> {
  constructor(readonly tokenHash: string) {
    super();
  }
}
