import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `approval_policies.reapproval`: what a clearance to sign asked again after a refusal does
 * with the earlier approvals (`all`: nobody's carries over; `changed-clauses`: they carry
 * over when no clause changed). Existing policies keep today's behaviour, `all`.
 */
export class AddApprovalPolicyReapproval1764070000000 implements MigrationInterface {
  name = 'AddApprovalPolicyReapproval1764070000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE approval_policies
        ADD COLUMN reapproval text NOT NULL DEFAULT 'all',
        ADD CONSTRAINT approval_policies_reapproval_check
          CHECK (reapproval IN ('all', 'changed-clauses')),
        ADD CONSTRAINT approval_policies_reapproval_purpose_check
          CHECK (reapproval = 'all' OR purpose = 'clearance')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE approval_policies
        DROP CONSTRAINT approval_policies_reapproval_purpose_check,
        DROP CONSTRAINT approval_policies_reapproval_check,
        DROP COLUMN reapproval`);
  }
}
