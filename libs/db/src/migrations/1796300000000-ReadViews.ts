import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read views a lib publishes for the others (declared in each owner's `read-views.ts`): the
 * only way one lib reads what another lib's tables hold, so a rule such as "in office" is written
 * once, by its owner.
 */
export class ReadViews1796300000000 implements MigrationInterface {
  name = 'ReadViews1796300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // identity
    await queryRunner.query(
      `CREATE VIEW account_public_name AS
         SELECT id AS account_id, display_name, deleted_at IS NULL AS active FROM account`,
    );
    await queryRunner.query(
      `CREATE VIEW account_contact AS
         SELECT id AS account_id, display_name, email, email_verified_at IS NOT NULL AS email_verified,
                locale, role FROM account WHERE deleted_at IS NULL`,
    );
    await queryRunner.query(
      `CREATE VIEW verified_resident AS
         SELECT id AS account_id, residency_neighbourhood AS neighbourhood FROM account
          WHERE deleted_at IS NULL AND residency_neighbourhood IS NOT NULL`,
    );
    // councils
    await queryRunner.query(
      `CREATE VIEW council_directory AS
         SELECT id AS council_id, slug, name, neighbourhood FROM council`,
    );
    await queryRunner.query(
      `CREATE VIEW council_member_in_office AS
         SELECT id AS membership_id, council_id, account_id, college, role, political_group,
                term_start, term_end, sortition_id IS NOT NULL AS drawn_by_lot
           FROM council_membership
          WHERE ended_at IS NULL AND term_start <= clock_now()::date AND term_end >= clock_now()::date`,
    );
    await queryRunner.query(
      `CREATE VIEW council_audience AS
         SELECT council_id, account_id, 'MEMBER' AS relation FROM council_member_in_office
         UNION ALL
         SELECT council_id, account_id, 'FOLLOWER' AS relation FROM council_follower`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const view of [
      'council_audience',
      'council_member_in_office',
      'council_directory',
      'verified_resident',
      'account_contact',
      'account_public_name',
    ])
      await queryRunner.query(`DROP VIEW ${view}`);
  }
}
