import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type Actor, planCommitmentSchema } from '@concordat/domain';
import { PlanCommitmentCommand } from '../modules/commitments/commands/plan-commitment/plan-commitment.command.js';
import { RunCommitmentActionCommand } from '../modules/commitments/commands/run-commitment-action/run-commitment-action.command.js';
import { DEMO_COMMITMENTS } from './demo-commitments.js';

/** Plans the demo commitments and records their occurrences through the CommandBus. */
@Injectable()
export class DemoCommitmentsSeeder {
  constructor(private readonly commands: CommandBus) {}

  /** `agreementIds` maps each demo agreement's first title to its id. */
  async seed(agreementIds: Map<string, string>, actorFor: (email: string) => Actor): Promise<void> {
    for (const demo of DEMO_COMMITMENTS) {
      const agreementId = [...agreementIds.entries()].find(([title]) =>
        title.startsWith(demo.agreementTitle),
      )?.[1];
      if (agreementId === undefined)
        throw new Error(`Demo commitment names an unknown agreement: ${demo.agreementTitle}`);
      const owner = actorFor(demo.ownerEmail);
      const planned = await this.commands.execute(
        new PlanCommitmentCommand(
          agreementId,
          planCommitmentSchema.parse({ ...demo.input, ownerId: owner.userId }),
          owner,
        ),
      );
      let version = planned.body.version;
      for (const step of demo.steps) {
        const response = await this.commands.execute(
          new RunCommitmentActionCommand(planned.body.id, step.action, step.data, owner, version),
        );
        version = response.body.version;
      }
    }
  }
}
