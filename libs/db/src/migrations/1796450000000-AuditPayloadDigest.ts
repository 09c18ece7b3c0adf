import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Chain version 2 (issue 15): a link's hash covers a digest of its payload instead of the payload,
 * so the public can recompute the whole chain from `/open-data/audit.jsonl` although private
 * entries are exported as their hashes only.
 *
 * - `payload_hash` = SHA-256 of `audit_payload_text(...)`, the canonical text of every field of
 *   the entry plus a random `salt` (so nobody can confirm a guess about a private entry, an
 *   account id and a time say, by hashing candidates);
 * - `hash` = SHA-256 of `quorum-audit-v2:<prev_hash>:<id>:<payload_hash>`, plain text anyone
 *   rebuilds without PostgreSQL.
 *
 * Rows written before keep `payload_hash` NULL and their version-1 hash (audit_row_hash over the
 * fields): nothing is rewritten (the table refuses UPDATE anyway), the chain goes on from them.
 */
export class AuditPayloadDigest1796450000000 implements MigrationInterface {
  name = 'AuditPayloadDigest1796450000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "salt" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_log" ADD "payload_hash" character(64)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_sha256(value text) RETURNS character(64) LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(value, 'UTF8')), 'hex')
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_payload_text(id bigint, occurred_at timestamptz, actor_id uuid,
                                         actor_role text, action text, object_type text,
                                         object_id text, before jsonb, after jsonb, salt uuid)
      RETURNS text LANGUAGE sql IMMUTABLE AS $$
        SELECT jsonb_build_array(
          id, (extract(epoch FROM occurred_at) * 1000000)::bigint, actor_id, actor_role, action,
          object_type, object_id, before, after, salt)::text
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION audit_link_hash(prev_hash text, id bigint, payload_hash text)
      RETURNS character(64) LANGUAGE sql IMMUTABLE AS $$
        SELECT audit_sha256('quorum-audit-v2:' || prev_hash || ':' || id::text || ':' || payload_hash)
      $$`);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        head_hash character(64);
      BEGIN
        SELECT last_hash INTO head_hash FROM audit_chain_head FOR UPDATE;
        NEW.id := nextval('audit_log_id_seq');
        NEW.occurred_at := coalesce(NEW.occurred_at, now());
        NEW.prev_hash := head_hash;
        NEW.salt := gen_random_uuid();
        NEW.payload_hash := audit_sha256(audit_payload_text(
          NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_role, NEW.action, NEW.object_type,
          NEW.object_id, NEW.before, NEW.after, NEW.salt));
        NEW.hash := audit_link_hash(NEW.prev_hash, NEW.id, NEW.payload_hash);
        UPDATE audit_chain_head SET last_id = NEW.id, last_hash = NEW.hash;
        RETURN NEW;
      END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
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
    await queryRunner.query(`DROP FUNCTION audit_link_hash(text, bigint, text)`);
    await queryRunner.query(
      `DROP FUNCTION audit_payload_text(bigint, timestamptz, uuid, text, text, text, text, jsonb, jsonb, uuid)`,
    );
    await queryRunner.query(`DROP FUNCTION audit_sha256(text)`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "payload_hash"`);
    await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "salt"`);
  }
}
