import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import { EntityManager } from 'typeorm';
import { PoolEntry } from './draw';
import { Sortition } from './sortition.entity';

export interface NewSortition {
  councilId: string;
  seats: number;
  algorithm: string;
  seedRule: string;
  pool: PoolEntry[];
}

/** Draws by lot, announced then drawn. */
@Injectable()
export class SortitionRepository {
  /** The seats the council's announced draw reserves, or null when none is announced. */
  async announcedSeats(em: EntityManager, councilId: string): Promise<number | null> {
    const [announced] = await queryRows<{ seats: number }>(
      em,
      `SELECT seats FROM sortition WHERE council_id = $1 AND status = 'ANNOUNCED'`,
      [councilId],
    );
    return announced?.seats ?? null;
  }

  /**
   * The announced draw's id, or null when the council already has one announced: the partial
   * unique index decides, so two announcements at once cannot both pass.
   */
  async insertAnnounced(em: EntityManager, sortition: NewSortition): Promise<string | null> {
    const [created] = await queryRows<{ id: string }>(
      em,
      `INSERT INTO sortition (council_id, status, seats, algorithm, seed_rule, pool, announced_at)
       VALUES ($1, 'ANNOUNCED', $2, $3, $4, $5::jsonb, clock_now())
       ON CONFLICT (council_id) WHERE status = 'ANNOUNCED' DO NOTHING RETURNING id`,
      [
        sortition.councilId,
        sortition.seats,
        sortition.algorithm,
        sortition.seedRule,
        JSON.stringify(sortition.pool),
      ],
    );
    return created?.id ?? null;
  }

  byId(em: EntityManager, id: string): Promise<Sortition | null> {
    return em.findOneBy(Sortition, { id });
  }

  /** A council's draws, the latest announced first. */
  ofCouncil(em: EntityManager, councilId: string): Promise<Sortition[]> {
    return em.find(Sortition, { where: { councilId }, order: { announcedAt: 'DESC' } });
  }

  /** Locks the draw's row: it is drawn once. */
  lock(em: EntityManager, id: string): Promise<Sortition | null> {
    return em.findOne(Sortition, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async markDrawn(
    em: EntityManager,
    id: string,
    drawn: { seed: string; result: string[]; drawnAt: Date },
  ): Promise<void> {
    await em.update(Sortition, { id }, { status: 'DRAWN', ...drawn });
  }
}
