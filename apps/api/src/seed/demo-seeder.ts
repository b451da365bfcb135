import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  type Actor,
  type AgreementCommand,
  type AgreementCommandType,
  agreementCommandSchemas,
  createDraftAgreementSchema,
  type UserRef,
} from '@concordat/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CreateDraftAgreementCommand } from '../modules/agreements/commands/create-draft-agreement/create-draft-agreement.command.js';
import type { CommandSource } from '../modules/agreements/infrastructure/agreement-command-runner.js';
import { RunAgreementCommand } from '../modules/agreements/commands/run-agreement-command/run-agreement-command.command.js';
import { UserAccounts } from '../modules/users/user-accounts.js';
import { PasswordHasher } from '../platform/auth/password-hasher.js';
import { DEMO_AGREEMENTS } from './demo-agreements.js';
import { DemoCommitmentsSeeder } from './demo-commitments.seeder.js';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUser } from './demo-users.js';

/**
 * Fills an empty database with the demo users and agreements. Agreements go through the
 * CommandBus like any request, so their histories are valid event streams. A database
 * with any user in it is never touched.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UserAccounts,
    private readonly passwords: PasswordHasher,
    private readonly commands: CommandBus,
    private readonly commitments: DemoCommitmentsSeeder,
  ) {}

  /** Returns true when it seeded, false when the database already had users. */
  async seedIfEmpty(): Promise<boolean> {
    if (await this.hasUsers()) return false;
    const hashes = await Promise.all(DEMO_USERS.map(() => this.passwords.hash(DEMO_PASSWORD)));
    const actors = await this.insertUsersIfStillEmpty(hashes);
    if (actors === undefined) return false;
    const agreementIds = new Map<string, string>();
    for (const demo of DEMO_AGREEMENTS) {
      const { agreementId } = await this.commands.execute(
        new CreateDraftAgreementCommand(
          createDraftAgreementSchema.parse(demo.input),
          actorFor(actors, demo.actorEmail),
        ),
      );
      for (const step of demo.steps) {
        await this.commands.execute(
          new RunAgreementCommand(agreementId, commandFor(step), actorFor(actors, step.actorEmail)),
        );
      }
      agreementIds.set(Object.values(demo.input.title)[0] ?? '', agreementId);
    }
    await this.commitments.seed(agreementIds, (email) => actorFor(actors, email));
    this.logger.log(
      `Seeded ${DEMO_USERS.length} demo users and ${DEMO_AGREEMENTS.length} demo agreements`,
    );
    return true;
  }

  /** The demo accounts present in the database, for the startup banner. */
  async demoUsersPresent(): Promise<DemoUser[]> {
    const rows = await this.dataSource.query<Array<{ email: string }>>(
      `SELECT email FROM users WHERE lower(email) = ANY ($1)`,
      [DEMO_USERS.map((user) => user.email)],
    );
    const present = new Set(rows.map((row) => row.email.toLowerCase()));
    return DEMO_USERS.filter((user) => present.has(user.email));
  }

  private async hasUsers(): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM users WHERE NOT is_system LIMIT 1`,
    );
    return rows.length > 0;
  }

  /** Two instances starting on one new database must not both seed: the lock serialises them. */
  private insertUsersIfStillEmpty(hashes: string[]): Promise<Map<string, Actor> | undefined> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`LOCK TABLE users IN EXCLUSIVE MODE`);
      const existing = await manager.query<unknown[]>(
        `SELECT 1 FROM users WHERE NOT is_system LIMIT 1`,
      );
      if (existing.length > 0) return undefined;
      const actors = new Map<string, Actor>();
      for (const [index, user] of DEMO_USERS.entries()) {
        const created: UserRef = await this.users.insert(manager, {
          ...user,
          passwordHash: hashes[index] ?? '',
        });
        actors.set(created.email, { userId: created.id, role: created.role });
      }
      return actors;
    });
  }
}

/** One step of a demo agreement, whatever demo-agreements.ts names its types. */
type DemoStep = (typeof DEMO_AGREEMENTS)[number]['steps'][number];

function actorFor(actors: Map<string, Actor>, email: string): Actor {
  const actor = actors.get(email);
  if (actor === undefined) throw new Error(`Demo data names ${email}, who is not a demo user`);
  return actor;
}

function isCommandType(type: string): type is AgreementCommandType {
  return Object.hasOwn(agreementCommandSchemas, type);
}

/**
 * A demo step as a domain command, its payload checked by the same schema as HTTP input.
 * A signature without a text hash signs the text the agreement holds finalised: the seed
 * only learns that hash once it has finalised the text.
 */
function commandFor(step: DemoStep): CommandSource {
  if (!isCommandType(step.command))
    throw new Error(`Demo data names an unknown command: ${step.command}`);
  const type = step.command;
  const parse = (payload: Record<string, unknown>): AgreementCommand => {
    const data: unknown = agreementCommandSchemas[type].parse(payload);
    // The schema just parsed the payload of exactly this command type, so the pair is sound.
    return { type, data } as AgreementCommand;
  };
  if (type === 'SignAgreement' && !('textHash' in step.data)) {
    return (state) =>
      parse({ ...step.data, textHash: state.status === 'none' ? null : state.textHash });
  }
  return parse(step.data);
}
