import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Public } from '../../platform/auth/public.decorator.js';
import { RequirePermission } from '../../platform/auth/require-permission.decorator.js';
import type { Checkpoint } from '../../platform/event-store/checkpoint.js';
import type { VerificationReport } from '../../platform/event-store/event-log-verifier.js';
import { CheckpointSigner } from '../../platform/event-store/signing-key.js';
import { CreateCheckpointDocs, GetSigningKeyDocs, VerifyEventLogDocs } from './audit.openapi.js';
import { CreateCheckpointCommand } from './commands/create-checkpoint/create-checkpoint.command.js';
import { VerifyEventLogQuery } from './queries/verify-event-log/verify-event-log.query.js';

export interface SigningKeyView {
  algorithm: 'Ed25519';
  keyId: string;
  publicKeyPem: string;
}

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class AuditController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly signer: CheckpointSigner,
  ) {}

  @Get('verify')
  @RequirePermission('audit.verify')
  @VerifyEventLogDocs()
  verify(): Promise<VerificationReport> {
    return this.queries.execute(new VerifyEventLogQuery());
  }

  @Post('checkpoints')
  @HttpCode(201)
  @RequirePermission('audit.checkpoint')
  @CreateCheckpointDocs()
  checkpoint(): Promise<Checkpoint> {
    return this.commands.execute(new CreateCheckpointCommand());
  }

  /** Public: whoever checks checkpoints outside needs the key, and it proves nothing alone. */
  @Get('signing-key')
  @Public()
  @GetSigningKeyDocs()
  signingKey(): SigningKeyView {
    return {
      algorithm: 'Ed25519',
      keyId: this.signer.keyId,
      publicKeyPem: this.signer.publicKeyPem,
    };
  }
}
