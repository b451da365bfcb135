import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Approval policies for purpose `review`: the decision a renewal review proposes (renew,
 * let expire, terminate) is approved under its own policy per agreement type. Only the
 * purpose check widens; `reapproval` stays a clearance-only option
 * (approval_policies_reapproval_purpose_check).
 */
export class AllowReviewApprovalPolicies1764100000001 implements MigrationInterface {
  name = 'AllowReviewApprovalPolicies1764100000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE approval_policies
        DROP CONSTRAINT approval_policies_purpose_check,
        ADD CONSTRAINT approval_policies_purpose_check
          CHECK (purpose IN ('draft', 'clearance', 'review'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // A review policy has no place in the narrower check: it goes with it.
    await queryRunner.query(`DELETE FROM approval_policies WHERE purpose = 'review'`);
    await queryRunner.query(`
      ALTER TABLE approval_policies
        DROP CONSTRAINT approval_policies_purpose_check,
        ADD CONSTRAINT approval_policies_purpose_check
          CHECK (purpose IN ('draft', 'clearance'))`);
  }
}
