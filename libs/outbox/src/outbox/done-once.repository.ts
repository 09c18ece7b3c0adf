import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** Keys of things done once across workers (table `notification_once`). */
@Injectable()
export class DoneOnceRepository {
  /**
   * True for the one caller that records `key` first. The primary key decides, atomically: of
   * transactions racing on the same key, one inserts it and the others wait, then find it taken.
   */
  async claim(em: EntityManager, key: string): Promise<boolean> {
    const claimed: unknown[] = await em.query(
      `INSERT INTO notification_once (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`,
      [key],
    );
    return claimed.length > 0;
  }
}
