import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agents find accounts by part of an e-mail or a name (searchAccounts): trigram indexes over the
 * address and the folded name (quorum_fold, from ProposalSearch), and the queue of residents
 * waiting for verification (residentsAwaitingVerification) in its order. Deleted accounts are
 * never searched, so they are left out of the indexes.
 */
export class AccountDirectory1796200000000 implements MigrationInterface {
  name = 'AccountDirectory1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX account_email_trgm_idx ON account USING gin (email gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX account_display_name_trgm_idx ON account USING gin (quorum_fold(display_name) gin_trgm_ops) WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX account_awaiting_residency_idx ON account (created_at, id)
        WHERE deleted_at IS NULL AND role = 'RESIDENT' AND email_verified_at IS NOT NULL AND residency_neighbourhood IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX account_awaiting_residency_idx`);
    await queryRunner.query(`DROP INDEX account_display_name_trgm_idx`);
    await queryRunner.query(`DROP INDEX account_email_trgm_idx`);
  }
}
