import { Injectable } from '@nestjs/common';
import { Clock, DomainError } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Actor, notAResidentHere } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { CouncilCharter } from '../council-charter.entity';
import { Council } from '../council.entity';
import { COUNCIL_NOT_FOUND, fieldError } from '../councils.errors';
import {
  AnnounceSortitionInput,
  GenderGql,
  RunSortitionInput,
  VolunteerInput,
} from '../council.inputs';
import { Sortition as SortitionView } from '../council.types';
import { CouncilsService } from '../councils.service';
import { addYears, today } from '../membership/membership.service';
import { draw, PoolEntry, SORTITION_ALGORITHM } from './draw';
import { Sortition } from './sortition.entity';

const ALREADY_ANNOUNCED = () =>
  new DomainError('CONFLICT', {
    fr: 'Un tirage est déjà annoncé pour ce conseil.',
    en: 'A draw is already announced for this council.',
  });

const SORTITION_NOT_FOUND = () =>
  DomainError.notFound({ fr: 'Tirage au sort introuvable.', en: 'Sortition not found.' });

/** Volunteers and draws by lot for the residents' college (SPEC §2), verifiable by anyone. */
@Injectable()
export class SortitionService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly clock: Clock,
  ) {}

  /** A verified resident of the council's neighbourhood joins its pool (or updates their gender). */
  async volunteer(actor: Actor, input: VolunteerInput): Promise<void> {
    await this.tx.run(async (em) => {
      const council = await em.findOneBy(Council, { id: input.councilId });
      if (!council) throw COUNCIL_NOT_FOUND();
      if (actor.residencyNeighbourhood !== council.neighbourhood) {
        throw notAResidentHere({
          fr: 'Seul·es les habitant·es vérifié·es de ce quartier peuvent se porter candidat·es.',
          en: 'Only verified residents of this neighbourhood can volunteer.',
        });
      }
      await em.query(
        `INSERT INTO sortition_volunteer (council_id, account_id, gender) VALUES ($1, $2, $3)
         ON CONFLICT (council_id, account_id) DO UPDATE SET gender = EXCLUDED.gender`,
        [council.id, actor.accountId, input.gender],
      );
    });
  }

  /** Step one, in public: the pool is frozen in a fixed order and the seed rule published. */
  async announce(actor: Actor, input: AnnounceSortitionInput): Promise<SortitionView> {
    const id = await this.tx.run(async (em) => {
      const council = await this.councils.lock(em, input.councilId);
      const [pending]: unknown[] = await em.query(
        `SELECT 1 FROM sortition WHERE council_id = $1 AND status = 'ANNOUNCED'`,
        [council.id],
      );
      if (pending) throw ALREADY_ANNOUNCED();
      const charter = await em.findOneByOrFail(CouncilCharter, {
        councilId: council.id,
        version: council.charterVersion,
      });
      const free =
        charter.residentSeats -
        ((await this.councils.membersByCollege(em, council.id)).RESIDENTS ?? 0);
      if (input.seats > free) {
        throw fieldError(
          'input.seats',
          `seuls ${free} sièges d'habitant·es sont libres`,
          `only ${free} resident seats are free`,
        );
      }
      const pool: PoolEntry[] = await em.query(
        `SELECT v.id, v.gender FROM sortition_volunteer v JOIN account a ON a.id = v.account_id
          WHERE v.council_id = $1 AND a.deleted_at IS NULL AND a.residency_neighbourhood = $2
            AND NOT EXISTS (SELECT 1 FROM council_membership m WHERE m.council_id = v.council_id
                              AND m.account_id = v.account_id AND m.ended_at IS NULL AND m.term_start <= clock_now()::date AND m.term_end >= clock_now()::date)
          ORDER BY v.created_at, v.id`,
        [council.id, council.neighbourhood],
      );
      if (pool.length === 0) {
        throw new DomainError('PRECONDITION_FAILED', {
          fr: 'Aucun·e candidat·e volontaire : le tirage ne peut pas être annoncé.',
          en: 'No volunteers: the draw cannot be announced.',
        });
      }
      const [created]: { id: string }[] = await em.query(
        `INSERT INTO sortition (council_id, status, seats, algorithm, seed_rule, pool, announced_at)
         VALUES ($1, 'ANNOUNCED', $2, $3, $4, $5::jsonb, clock_now())
         ON CONFLICT (council_id) WHERE status = 'ANNOUNCED' DO NOTHING RETURNING id`,
        [council.id, input.seats, SORTITION_ALGORITHM, input.seedRule.trim(), JSON.stringify(pool)],
      );
      if (!created) throw ALREADY_ANNOUNCED();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'sortition.announced',
        objectType: 'sortition',
        objectId: created.id,
        after: {
          councilId: council.id,
          seats: input.seats,
          poolSize: pool.length,
          seedRule: input.seedRule,
        },
      });
      return created.id;
    });
    return this.get(id);
  }

  /** Step two: the draw with the seed; the people drawn take seats in the residents' college. */
  async run(actor: Actor, input: RunSortitionInput): Promise<SortitionView> {
    await this.tx.run(async (em) => {
      const sortition = await em.findOne(Sortition, {
        where: { id: input.sortitionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!sortition) throw SORTITION_NOT_FOUND();
      if (sortition.status !== 'ANNOUNCED') {
        throw new DomainError(
          'PRECONDITION_FAILED',
          { fr: 'Ce tirage a déjà eu lieu.', en: 'This draw has already taken place.' },
          { reason: 'ALREADY_DRAWN' },
        );
      }
      const council = await this.councils.lock(em, sortition.councilId);
      const charter = await em.findOneByOrFail(CouncilCharter, {
        councilId: council.id,
        version: council.charterVersion,
      });
      const result = draw(sortition.pool, sortition.seats, input.seed);
      // Still eligible: account alive, still living in the neighbourhood.
      const volunteers: { id: string; account_id: string }[] = await em.query(
        `SELECT v.id, v.account_id FROM sortition_volunteer v JOIN account a ON a.id = v.account_id
          WHERE v.id = ANY($1) AND a.deleted_at IS NULL AND a.residency_neighbourhood = $2`,
        [result, council.neighbourhood],
      );
      const free =
        charter.residentSeats -
        ((await this.councils.membersByCollege(em, council.id, false)).RESIDENTS ?? 0);
      const termStart = today(this.clock.now());
      const seated: string[] = [];
      const skipped: string[] = [];
      for (const volunteerId of result) {
        const accountId = volunteers.find((v) => v.id === volunteerId)?.account_id;
        const rows =
          accountId && seated.length < free
            ? await em.query(
                `INSERT INTO council_membership (council_id, account_id, college, role, term_start, term_end, sortition_id)
               VALUES ($1, $2, 'RESIDENTS', 'MEMBER', $3, $4, $5)
               ON CONFLICT (council_id, account_id) WHERE ended_at IS NULL DO NOTHING RETURNING id`,
                [
                  council.id,
                  accountId,
                  termStart,
                  addYears(termStart, charter.termYears),
                  sortition.id,
                ],
              )
            : [];
        (rows.length > 0 ? seated : skipped).push(volunteerId);
      }
      await em.update(
        Sortition,
        { id: sortition.id },
        { status: 'DRAWN', seed: input.seed, result, drawnAt: this.clock.now() },
      );
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'sortition.drawn',
        objectType: 'sortition',
        objectId: sortition.id,
        // Skipped: drawn but no longer eligible (account deleted, moved away, already sitting).
        after: { seed: input.seed, result, seated, skipped },
      });
    });
    return this.get(input.sortitionId);
  }

  async get(id: string): Promise<SortitionView> {
    return this.tx.run(async (em) => {
      const sortition = await em.findOneBy(Sortition, { id });
      if (!sortition) throw SORTITION_NOT_FOUND();
      const names: { id: string; display_name: string }[] = await em.query(
        `SELECT v.id, a.display_name FROM sortition_volunteer v JOIN account a ON a.id = v.account_id WHERE v.id = ANY($1)`,
        [sortition.pool.map((p) => p.id)],
      );
      return {
        id: sortition.id,
        councilId: sortition.councilId,
        status: sortition.status,
        seats: sortition.seats,
        algorithm: sortition.algorithm,
        seedRule: sortition.seedRule,
        seed: sortition.seed,
        pool: sortition.pool.map((entry, position) => ({
          position,
          volunteerId: entry.id,
          gender: entry.gender as GenderGql,
          // Only the people drawn (now public members) are named; the pool stays pseudonymous.
          displayName: sortition.result?.includes(entry.id)
            ? (names.find((n) => n.id === entry.id)?.display_name ?? 'Participant·e anonyme')
            : null,
        })),
        result: sortition.result,
        announcedAt: sortition.announcedAt,
        drawnAt: sortition.drawnAt,
      };
    });
  }
}
