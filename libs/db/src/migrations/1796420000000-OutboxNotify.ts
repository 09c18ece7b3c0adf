import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay at commit (issue 14.4): a NOTIFY in the transaction that records an
 * outbox event, which PostgreSQL delivers to listening sessions when (and only if) it commits.
 * One per statement, with no payload: the relay reads the rows itself, and PostgreSQL folds the
 * identical notifications of one transaction into one. The relay still polls, as a fallback.
 */
export class OutboxNotify1796420000000 implements MigrationInterface {
  name = 'OutboxNotify1796420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         PERFORM pg_notify('outbox_event', '');
         RETURN NULL;
       END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
       FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_event_notify ON outbox_event`);
    await queryRunner.query(`DROP FUNCTION outbox_event_notify()`);
  }
}
