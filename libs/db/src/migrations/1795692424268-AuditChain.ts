import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Makes audit_log append-only and hash-chained, in PostgreSQL itself:
 * - a BEFORE INSERT trigger locks the chain head, takes the next id, links the row to the
 *   previous hash and computes its own (SHA-256 over a canonical JSON array of its fields);
 * - UPDATE, DELETE and TRUNCATE are refused by triggers and revoked from the application.
 * Concurrent writers queue on the head row, so ids follow the chain; a REPEATABLE READ or
 * SERIALIZABLE writer that lost the race gets a serialization failure, never a fork.
 */
export class AuditChain1795692424268 implements MigrationInterface {
  name = 'AuditChain1795692424268';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE audit_log_id_seq AS bigint OWNED BY audit_log.id`);
    await queryRunner.query(`
      CREATE TABLE audit_chain_head (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        last_id bigint,
        last_hash character(64) NOT NULL DEFAULT repeat('0', 64)
      )`);
    await queryRunner.query(`INSERT INTO audit_chain_head DEFAULT VALUES`);
    await queryRunner.query(`
      CREATE FUNCTION audit_row_hash(prev_hash text, id bigint, occurred_at timestamptz, actor_id uuid,
                                     actor_role text, action text, object_type text, object_id text,
                                     before jsonb, after jsonb)
      RETURNS character(64) LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(jsonb_build_array(
          prev_hash, id, (extract(epoch FROM occurred_at) * 1000000)::bigint, actor_id, actor_role,
          action, object_type, object_id, before, after)::text, 'UTF8')), 'hex')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head_hash character(64);
      BEGIN
        SELECT last_hash INTO head_hash FROM audit_chain_head FOR UPDATE;
        NEW.id := nextval('audit_log_id_seq');
        NEW.occurred_at := coalesce(NEW.occurred_at, now());
        NEW.prev_hash := head_hash;
        NEW.hash := audit_row_hash(NEW.prev_hash, NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_role,
                                   NEW.action, NEW.object_type, NEW.object_id, NEW.before, NEW.after);
        UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_chain()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE OR TRUNCATE ON audit_chain_head
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(
      `REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, CURRENT_USER`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_chain_head_no_delete ON audit_chain_head`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update_delete ON audit_log`);
    await queryRunner.query(`DROP TRIGGER audit_log_chain ON audit_log`);
    await queryRunner.query(`DROP FUNCTION audit_log_refuse_change()`);
    await queryRunner.query(`DROP FUNCTION audit_log_chain()`);
    await queryRunner.query(
      `DROP FUNCTION audit_row_hash(text, bigint, timestamptz, uuid, text, text, text, text, jsonb, jsonb)`,
    );
    await queryRunner.query(`DROP TABLE audit_chain_head`);
    await queryRunner.query(`DROP SEQUENCE audit_log_id_seq`);
  }
}
