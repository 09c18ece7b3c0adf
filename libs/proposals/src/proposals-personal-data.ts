import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';

/**
 * Proposals are public contributions and stay (under the anonymous name). Supports keep counting
 * without a link to the person: their account id is replaced by a random one.
 */
@Injectable()
@HoldsPersonalData('proposals')
export class ProposalsPersonalData implements PersonalDataSection {
  async export(em: EntityManager, accountId: string) {
    const [proposals, supports] = await Promise.all([
      em.query(
        `SELECT id, title, status, created_at AS "createdAt" FROM proposal WHERE author_id = $1 ORDER BY created_at`,
        [accountId],
      ),
      em.query(
        `SELECT proposal_id AS "proposalId", created_at AS "since" FROM proposal_support WHERE account_id = $1`,
        [accountId],
      ),
    ]);
    return { proposals, supports };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await em.query(
      `UPDATE proposal_support SET account_id = gen_random_uuid() WHERE account_id = $1`,
      [accountId],
    );
    await em.query(`DELETE FROM proposal WHERE author_id = $1 AND status = 'DRAFT'`, [accountId]);
  }
}
