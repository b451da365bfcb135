import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approval chains: the policies admins edit (one row per agreement type and purpose; each
 * change is also an event in the log), delegations to substitutes, observers named on an
 * agreement, and `agreement_approvals`, the read model of each agreement's running (or
 * last) approval that the inbox and the agreement page read. No foreign key to the
 * `agreements` read model: both are rebuilt from the log, in any order.
 */
export class CreateApprovalTables1764020000000 implements MigrationInterface {
  name = 'CreateApprovalTables1764020000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE approval_policies (
        agreement_type text        NOT NULL,
        purpose        text        NOT NULL,
        steps          jsonb       NOT NULL,
        revision       integer     NOT NULL,
        updated_at     timestamptz NOT NULL,
        updated_by     uuid        NOT NULL,
        CONSTRAINT approval_policies_pkey PRIMARY KEY (agreement_type, purpose),
        CONSTRAINT approval_policies_purpose_check CHECK (purpose IN ('draft', 'clearance')),
        CONSTRAINT approval_policies_updated_by_fkey FOREIGN KEY (updated_by) REFERENCES users (id)
      )`);
    await queryRunner.query(`
      CREATE TABLE delegations (
        id             uuid        NOT NULL,
        delegator_id   uuid        NOT NULL,
        substitute_id  uuid        NOT NULL,
        starts_on      date        NOT NULL,
        ends_on        date        NOT NULL,
        created_at     timestamptz NOT NULL,
        revoked_at     timestamptz NULL,
        CONSTRAINT delegations_pkey PRIMARY KEY (id),
        CONSTRAINT delegations_delegator_id_fkey FOREIGN KEY (delegator_id) REFERENCES users (id),
        CONSTRAINT delegations_substitute_id_fkey FOREIGN KEY (substitute_id) REFERENCES users (id),
        CONSTRAINT delegations_not_to_self CHECK (delegator_id <> substitute_id),
        CONSTRAINT delegations_period_order CHECK (starts_on <= ends_on)
      )`);
    await queryRunner.query(
      `CREATE INDEX delegations_substitute_id_idx ON delegations (substitute_id) WHERE revoked_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX delegations_delegator_id_idx ON delegations (delegator_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE agreement_observers (
        agreement_id uuid NOT NULL,
        user_id      uuid NOT NULL,
        CONSTRAINT agreement_observers_pkey PRIMARY KEY (agreement_id, user_id),
        CONSTRAINT agreement_observers_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
      )`);
    await queryRunner.query(`
      CREATE TABLE agreement_approvals (
        agreement_id uuid        NOT NULL,
        purpose      text        NOT NULL,
        run          jsonb       NOT NULL,
        outcome      text        NULL,
        current_step integer     NULL,
        due_at       timestamptz NULL,
        updated_at   timestamptz NOT NULL,
        CONSTRAINT agreement_approvals_pkey PRIMARY KEY (agreement_id)
      )`);
    // The inbox: pending approvals, soonest due (so overdue) first.
    await queryRunner.query(
      `CREATE INDEX agreement_approvals_pending_idx ON agreement_approvals (due_at) WHERE outcome IS NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_approvals`);
    await queryRunner.query(`DROP TABLE agreement_observers`);
    await queryRunner.query(`DROP TABLE delegations`);
    await queryRunner.query(`DROP TABLE approval_policies`);
  }
}
