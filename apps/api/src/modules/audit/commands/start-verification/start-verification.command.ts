import { Command } from '@nestjs/cqrs';

/** Verify the whole event log in the background, on behalf of `requestedBy`. */
export class StartVerificationCommand extends Command<{ verificationId: string }> {
  constructor(readonly requestedBy: string) {
    super();
  }
}
