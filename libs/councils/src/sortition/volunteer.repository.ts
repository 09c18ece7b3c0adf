import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { PoolEntry } from './draw';
import { Gender } from './sortition-volunteer.entity';

/** A volunteering, as a person's exported data shows it. */
export interface VolunteeringRow {
  slug: string;
  gender: Gender;
  since: Date;
}

/**
 * Residents who volunteer to be drawn by lot. Eligible: a verified resident of the council's
 * neighbourhood (identity's view `verified_resident`: account alive, residency verified there)
 * who does not sit on the council already.
 */
@Injectable()
export class VolunteerRepository {
  /** Volunteering again updates the declared gender. */
  async upsert(
    em: EntityManager,
    councilId: string,
    accountId: string,
    gender: Gender,
  ): Promise<void> {
    await em.query(
      `INSERT INTO sortition_volunteer (council_id, account_id, gender) VALUES ($1, $2, $3)
       ON CONFLICT (council_id, account_id) DO UPDATE SET gender = EXCLUDED.gender`,
      [councilId, accountId, gender],
    );
  }

  /** The eligible volunteers, in the order the pool is frozen in: by volunteering time, then id. */
  eligiblePool(em: EntityManager, councilId: string, neighbourhood: string): Promise<PoolEntry[]> {
    return queryRows<PoolEntry>(
      em,
      `SELECT v.id, v.gender FROM sortition_volunteer v
         JOIN verified_resident r ON r.account_id = v.account_id
        WHERE v.council_id = $1 AND r.neighbourhood = $2
          AND NOT EXISTS (SELECT 1 FROM council_member_in_office m
                           WHERE m.council_id = v.council_id AND m.account_id = v.account_id)
        ORDER BY v.created_at, v.id`,
      [councilId, neighbourhood],
    );
  }

  /** Of these volunteers, those still verified residents of the neighbourhood, with their account. */
  stillResident(
    em: EntityManager,
    volunteerIds: string[],
    neighbourhood: string,
  ): Promise<{ id: string; accountId: string }[]> {
    return queryRows<{ id: string; accountId: string }>(
      em,
      `SELECT v.id, v.account_id AS "accountId" FROM sortition_volunteer v
         JOIN verified_resident r ON r.account_id = v.account_id
        WHERE v.id = ANY($1) AND r.neighbourhood = $2`,
      [volunteerIds, neighbourhood],
    );
  }

  /** The public names of these volunteers (erased accounts under their erased name). */
  async names(em: EntityManager, volunteerIds: string[]): Promise<Map<string, string>> {
    const rows = await queryRows<{ id: string; display_name: string }>(
      em,
      `SELECT v.id, n.display_name FROM sortition_volunteer v
         JOIN account_public_name n ON n.account_id = v.account_id WHERE v.id = ANY($1)`,
      [volunteerIds],
    );
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  volunteeringOf(em: EntityManager, accountId: string): Promise<VolunteeringRow[]> {
    return queryRows<VolunteeringRow>(
      em,
      `SELECT c.slug, v.gender, v.created_at AS "since" FROM sortition_volunteer v JOIN council c ON c.id = v.council_id
        WHERE v.account_id = $1`,
      [accountId],
    );
  }

  /** Forgets an account's volunteering, except where a draw's pool froze it (a public record). */
  async forgetUnfrozenOf(em: EntityManager, accountId: string): Promise<void> {
    await em.query(
      `DELETE FROM sortition_volunteer v WHERE v.account_id = $1
          AND NOT EXISTS (SELECT 1 FROM sortition s WHERE s.pool @> jsonb_build_array(jsonb_build_object('id', v.id::text)))`,
      [accountId],
    );
  }
}
