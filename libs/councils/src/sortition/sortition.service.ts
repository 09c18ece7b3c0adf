import { Injectable } from '@nestjs/common';
import { Clock } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { AuditService } from '@quorum/transparency';
import { CouncilRepository } from '../council.repository';
import {
  ALREADY_ANNOUNCED,
  ALREADY_DRAWN,
  COUNCIL_NOT_FOUND,
  NO_VOLUNTEERS,
  NOT_A_RESIDENT_TO_VOLUNTEER,
  SORTITION_NOT_FOUND,
  tooManySeatsToDraw,
} from '../councils.errors';
import {
  AnnounceSortitionInput,
  GenderGql,
  RunSortitionInput,
  VolunteerInput,
} from '../council.inputs';
import { Sortition as SortitionView } from '../council.types';
import { CouncilsService } from '../councils.service';
import { MembershipRepository } from '../membership/membership.repository';
import { freeSeats, termEnd, today } from '../rules/membership';
import { draw, SORTITION_ALGORITHM } from './draw';
import { Sortition } from './sortition.entity';
import { SortitionRepository } from './sortition.repository';
import { VolunteerRepository } from './volunteer.repository';

/** Volunteers and draws by lot for the residents' college (SPEC §2), verifiable by anyone. */
@Injectable()
export class SortitionService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilsService,
    private readonly councilRows: CouncilRepository,
    private readonly memberships: MembershipRepository,
    private readonly sortitions: SortitionRepository,
    private readonly volunteers: VolunteerRepository,
    private readonly clock: Clock,
  ) {}

  /** A verified resident of the council's neighbourhood joins its pool (or updates their gender). */
  async volunteer(actor: Actor, input: VolunteerInput): Promise<void> {
    await this.tx.run(async (em) => {
      const council = await this.councilRows.byId(em, input.councilId);
      if (!council) throw COUNCIL_NOT_FOUND();
      if (actor.residencyNeighbourhood !== council.neighbourhood)
        throw NOT_A_RESIDENT_TO_VOLUNTEER();
      await this.volunteers.upsert(em, council.id, actor.accountId, input.gender);
    });
  }

  /** Step one, in public: the pool is frozen in a fixed order and the seed rule published. */
  async announce(actor: Actor, input: AnnounceSortitionInput): Promise<SortitionView> {
    const id = await this.tx.run(async (em) => {
      const council = await this.councils.lock(em, input.councilId);
      if ((await this.sortitions.announcedSeats(em, council.id)) !== null)
        throw ALREADY_ANNOUNCED();
      const charter = await this.councilRows.currentCharter(em, council);
      const free = freeSeats(
        charter.residentSeats,
        (await this.councils.seatsTaken(em, council.id)).RESIDENTS ?? 0,
      );
      if (input.seats > free) throw tooManySeatsToDraw(free);
      const pool = await this.volunteers.eligiblePool(em, council.id, council.neighbourhood);
      if (pool.length === 0) throw NO_VOLUNTEERS();
      const created = await this.sortitions.insertAnnounced(em, {
        councilId: council.id,
        seats: input.seats,
        algorithm: SORTITION_ALGORITHM,
        seedRule: input.seedRule.trim(),
        pool,
      });
      if (!created) throw ALREADY_ANNOUNCED();
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'sortition.announced',
        objectType: 'sortition',
        objectId: created,
        after: {
          councilId: council.id,
          seats: input.seats,
          poolSize: pool.length,
          seedRule: input.seedRule,
        },
      });
      return created;
    });
    return this.get(id);
  }

  /** Step two: the draw with the seed; the people drawn take seats in the residents' college. */
  async run(actor: Actor, input: RunSortitionInput): Promise<SortitionView> {
    await this.tx.run(async (em) => {
      const sortition = await this.sortitions.lock(em, input.sortitionId);
      if (!sortition) throw SORTITION_NOT_FOUND();
      if (sortition.status !== 'ANNOUNCED') throw ALREADY_DRAWN();
      const council = await this.councils.lock(em, sortition.councilId);
      const charter = await this.councilRows.currentCharter(em, council);
      const result = draw(sortition.pool, sortition.seats, input.seed);
      // Still eligible: account alive, still living in the neighbourhood.
      const residents = await this.volunteers.stillResident(em, result, council.neighbourhood);
      const free = freeSeats(
        charter.residentSeats,
        (await this.councils.seatsTaken(em, council.id, false)).RESIDENTS ?? 0,
      );
      const termStart = today(this.clock.now());
      const seated: string[] = [];
      const skipped: string[] = [];
      for (const volunteerId of result) {
        const accountId = residents.find((v) => v.id === volunteerId)?.accountId;
        // The seat goes to nobody when the person already sits (the open-seat constraint decides).
        const took =
          accountId !== undefined &&
          seated.length < free &&
          (await this.memberships.insertDrawn(em, {
            councilId: council.id,
            accountId,
            termStart,
            termEnd: termEnd(termStart, charter.termYears),
            sortitionId: sortition.id,
          }));
        (took ? seated : skipped).push(volunteerId);
      }
      await this.sortitions.markDrawn(em, sortition.id, {
        seed: input.seed,
        result,
        drawnAt: this.clock.now(),
      });
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
      const sortition = await this.sortitions.byId(em, id);
      if (!sortition) throw SORTITION_NOT_FOUND();
      return this.view(em, sortition);
    });
  }

  /** A council's draws, the latest first; an unknown council has none. */
  async ofCouncil(councilId: string): Promise<SortitionView[]> {
    return this.tx.run(async (em) => {
      const found = await this.sortitions.ofCouncil(em, councilId);
      return Promise.all(found.map((sortition) => this.view(em, sortition)));
    });
  }

  private async view(em: EntityManager, sortition: Sortition): Promise<SortitionView> {
    const names = await this.volunteers.names(
      em,
      sortition.pool.map((p) => p.id),
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
          ? (names.get(entry.id) ?? 'Participant·e anonyme')
          : null,
      })),
      result: sortition.result,
      announcedAt: sortition.announcedAt,
      drawnAt: sortition.drawnAt,
    };
  }
}
