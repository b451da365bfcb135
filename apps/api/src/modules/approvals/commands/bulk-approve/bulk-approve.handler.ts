import type { BulkApproveResult } from '@concordat/domain';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { toProblem } from '../../../../platform/problem/to-problem.js';
import { RunAgreementActionCommand } from '../../../agreements/commands/run-agreement-action/run-agreement-action.command.js';
import { BulkApproveCommand } from './bulk-approve.command.js';

/**
 * Runs `approve` on each agreement as its own command, with its version as If-Match: one
 * refusal (a stale version, a step the caller may not decide) fails that item alone and
 * writes nothing for it, while the others go through.
 */
@CommandHandler(BulkApproveCommand)
export class BulkApproveHandler implements ICommandHandler<BulkApproveCommand> {
  constructor(private readonly commands: CommandBus) {}

  async execute({ input, actor }: BulkApproveCommand): Promise<BulkApproveResult[]> {
    const results: BulkApproveResult[] = [];
    for (const { agreementId, version } of input.items) {
      try {
        const response = await this.commands.execute(
          new RunAgreementActionCommand(
            agreementId,
            'approve',
            { comment: input.comment ?? null },
            actor,
            version,
          ),
        );
        results.push({ agreementId, ok: true, version: response.body.version });
      } catch (error) {
        const problem = toProblem(error, `/api/agreements/${agreementId}/approve`);
        const current: unknown = problem['currentVersion'];
        results.push({
          agreementId,
          ok: false,
          status: problem.status,
          code: problem.code,
          detail: problem.detail,
          ...(typeof current === 'number' ? { currentVersion: current } : {}),
        });
      }
    }
    return results;
  }
}
