import { Injectable } from '@nestjs/common';
import { Connection, decodeCursor, DEFAULT_PAGE_SIZE, toConnection } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Actor, normalizeName } from '@quorum/identity';
import { AuditService } from '@quorum/transparency';
import { isUUID } from 'class-validator';
import { EntityManager } from 'typeorm';
import { charterValues, charterView } from './charter';
import { Council } from './council.entity';
import { CouncilRepository, CouncilRules } from './council.repository';
import {
  CHARTER_LOCKED_BY_OPEN_BALLOT,
  COUNCIL_NOT_FOUND,
  INVALID_CURSOR,
  NEIGHBOURHOOD_WITHOUT_LETTERS,
  tooFewSeats,
  SLUG_TAKEN,
} from './councils.errors';
import { CharterInput, CollegeGql, CouncilRoleGql, CreateCouncilInput } from './council.inputs';
import { Council as CouncilView, FollowPayload } from './council.types';
import { FollowerRepository } from './follower.repository';
import { College, COLLEGES } from './membership/council-membership.entity';
import { MembershipRepository } from './membership/membership.repository';
import {
  applyCharterInput,
  CHARTER_DEFAULTS,
  charterDiff,
  SEATS_FIELD,
  seatsBelowTaken,
  seatsOf,
} from './rules/charter';
import { isOpposition, seatsTaken } from './rules/membership';
import { SortitionRepository } from './sortition/sortition.repository';

export type { CouncilRules } from './council.repository';

/** What a council's details add to its card: read only when a query asks for one of them. */
export type CouncilDetails = Pick<CouncilView, 'charter' | 'colleges' | 'followersCount'>;

/** A council as a list of other things shows it; CouncilsResolver reads the rest when asked. */
export type CouncilCard = Omit<CouncilView, keyof CouncilDetails> & Partial<CouncilDetails>;

const cardOf = (council: Council): CouncilCard => ({
  id: council.id,
  slug: council.slug,
  name: council.name,
  neighbourhood: council.neighbourhoodName,
  neighbourhoodKey: council.neighbourhood,
  perimeterDescription: council.perimeterDescription,
  perimeterGeojson: council.perimeterGeojson,
  createdAt: council.createdAt,
});

/** Councils, their charters and followers (SPEC §2). */
@Injectable()
export class CouncilsService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly councils: CouncilRepository,
    private readonly followers: FollowerRepository,
    private readonly memberships: MembershipRepository,
    private readonly sortitions: SortitionRepository,
  ) {}

  async create(actor: Actor, input: CreateCouncilInput): Promise<CouncilView> {
    const values = applyCharterInput(CHARTER_DEFAULTS, input.charter);
    const neighbourhoodName = input.neighbourhood.trim().replace(/\s+/g, ' ');
    const neighbourhood = normalizeName(neighbourhoodName);
    // Nothing left once folded ("--"): no resident could ever match it.
    if (!neighbourhood) throw NEIGHBOURHOOD_WITHOUT_LETTERS();
    const id = await this.tx.run(async (em) => {
      const created = await this.councils.insert(em, {
        slug: input.slug,
        name: input.name.trim(),
        neighbourhood,
        neighbourhoodName,
        perimeterDescription: input.perimeterDescription.trim(),
        // Only the geometry is kept, whatever else the client sent along.
        perimeterGeojson: input.perimeterGeojson
          ? {
              type: input.perimeterGeojson.type,
              coordinates: input.perimeterGeojson.coordinates,
            }
          : null,
      });
      if (!created) throw SLUG_TAKEN();
      await this.councils.insertCharter(em, created, 1, actor.accountId, values);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'council.created',
        objectType: 'council',
        objectId: created,
        after: { slug: input.slug, name: input.name, charter: values },
      });
      return created;
    });
    return this.byId(id);
  }

  /**
   * A new charter version; seats cannot drop below the members in office. Refused while a ballot
   * of the council is open, and the refused attempt is audited (committed, then refused): changing
   * the rules during a vote is something the public may want to know was tried.
   */
  async updateCharter(actor: Actor, councilId: string, input: CharterInput): Promise<CouncilView> {
    const refused = await this.tx.run(async (em) => {
      const council = await this.lock(em, councilId);
      const before = charterValues(await this.councils.currentCharter(em, council));
      const after = applyCharterInput(before, input);
      if (await this.councils.hasOpenBallot(em, councilId)) {
        const attempted = charterDiff(before, after);
        await this.audit.record(em, {
          actorId: actor.accountId,
          actorRole: actor.role,
          action: 'council.charter-update-refused',
          objectType: 'council',
          objectId: councilId,
          before: { version: council.charterVersion, ...attempted.before },
          after: { reason: 'BALLOT_OPEN', ...attempted.after },
        });
        return true;
      }
      const below = seatsBelowTaken(after, await this.seatsTaken(em, councilId));
      if (below) throw tooFewSeats(SEATS_FIELD[below.college], below.taken);
      const diff = charterDiff(before, after);
      if (Object.keys(diff.after).length === 0) return false;
      const version = council.charterVersion + 1;
      await this.councils.insertCharter(em, councilId, version, actor.accountId, after);
      await this.councils.setCharterVersion(em, councilId, version);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'council.charter-updated',
        objectType: 'council',
        objectId: councilId,
        before: { version: council.charterVersion, ...diff.before },
        after: { version, ...diff.after },
      });
      return false;
    });
    if (refused) throw CHARTER_LOCKED_BY_OPEN_BALLOT();
    return this.byId(councilId);
  }

  /**
   * A page of councils as cards, in one statement: a list (the site's filters, its home page)
   * shows names, and the charters, members and followers' counts cost four more statements and,
   * for a council of 50,000 followers, ~8 ms of PostgreSQL; CouncilsResolver reads them, for the
   * whole page at once, only when a query selects them.
   */
  async list(first = DEFAULT_PAGE_SIZE, after?: string): Promise<Connection<CouncilCard>> {
    const [name, id] = after ? (decodeCursor(after, 2) as [unknown, unknown]) : [null, null];
    if (after && (typeof name !== 'string' || typeof id !== 'string' || !isUUID(id))) {
      throw INVALID_CURSOR();
    }
    const cursor = typeof name === 'string' && typeof id === 'string' ? { name, id } : null;
    const { councils, total } = await this.tx.read((em) =>
      this.councils.page(em, cursor, first + 1),
    );
    return toConnection(councils.map(cardOf), first, total, (c) => [c.name, c.id]);
  }

  async bySlug(slug: string): Promise<CouncilView> {
    return this.tx.read(async (em) => {
      const council = await this.councils.bySlug(em, slug);
      if (!council) throw COUNCIL_NOT_FOUND();
      return (await this.views(em, [council]))[0];
    });
  }

  async byId(id: string): Promise<CouncilView> {
    return this.tx.read(async (em) => {
      const council = await this.councils.byId(em, id);
      if (!council) throw COUNCIL_NOT_FOUND();
      return (await this.views(em, [council]))[0];
    });
  }

  /**
   * For other libs: the councils of these ids, in their order (null where none), in one
   * statement whatever their number. A card: its charter, colleges and followers are read only
   * when a query selects them (CouncilsResolver, `details`).
   */
  async byIds(ids: readonly string[]): Promise<(CouncilCard | null)[]> {
    const councils = await this.tx.read((em) => this.councils.byIds(em, ids));
    const byId = new Map(councils.map((council) => [council.id, cardOf(council)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The charter, colleges and followers of these councils, in their order (null where none). */
  async details(ids: readonly string[]): Promise<(CouncilDetails | null)[]> {
    return this.tx.read(async (em) => {
      const views = await this.views(em, await this.councils.byIds(em, ids));
      const byId = new Map(views.map((view) => [view.id, view]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /** How many people follow each of these councils, in their order: one statement. */
  async followersCounts(ids: readonly string[]): Promise<number[]> {
    const counts = await this.tx.read((em) => this.followers.counts(em, [...ids]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  async follow(actor: Actor, councilId: string, following: boolean): Promise<FollowPayload> {
    return this.tx.run(async (em) => {
      if (!(await this.councils.exists(em, councilId))) throw COUNCIL_NOT_FOUND();
      if (following) await this.followers.follow(em, councilId, actor.accountId);
      else await this.followers.unfollow(em, councilId, actor.accountId);
      const followersCount = await this.followers.count(em, councilId);
      return { councilId, following, followersCount };
    });
  }

  /** For each council, whether the account follows it (one query for a whole page). */
  async followedBy(accountId: string, councilIds: readonly string[]): Promise<boolean[]> {
    const followed = await this.tx.run((em) =>
      this.followers.followedAmong(em, accountId, councilIds),
    );
    return councilIds.map((id) => followed.has(id));
  }

  /**
   * Whether the council exists, inside the caller's transaction: the one check other libs make
   * before linking something to a council (places, works, solidarity entries), by primary key.
   */
  exists(em: EntityManager, councilId: string): Promise<boolean> {
    return this.councils.exists(em, councilId);
  }

  /** What other libs need of a council and its current charter (proposals, meetings). */
  rulesOf(em: EntityManager, councilId: string): Promise<CouncilRules | null> {
    return this.councils.rulesOf(em, councilId);
  }

  /** Locks the council row: membership and charter changes of one council happen one at a time. */
  async lock(em: EntityManager, councilId: string): Promise<Council> {
    const council = await this.councils.lock(em, councilId);
    if (!council) throw COUNCIL_NOT_FOUND();
    return council;
  }

  /**
   * Seats taken per college. Seats reserved by an announced draw count as taken for residents,
   * unless `withReserved` is false (the draw itself, filling them).
   */
  async seatsTaken(
    em: EntityManager,
    councilId: string,
    withReserved = true,
  ): Promise<Partial<Record<College, number>>> {
    const inOffice = await this.memberships.inOfficeByCollege(em, councilId);
    const reserved = withReserved ? await this.sortitions.announcedSeats(em, councilId) : null;
    return seatsTaken(inOffice, reserved);
  }

  /** Councils with their charter, members and followers, in four queries whatever their number. */
  private async views(em: EntityManager, councils: Council[]): Promise<CouncilView[]> {
    if (councils.length === 0) return [];
    const ids = councils.map((c) => c.id);
    const charters = await this.councils.currentCharters(em, councils);
    const members = await this.memberships.membersOf(em, ids);
    const followers = await this.followers.counts(em, ids);
    return councils.map((council) => {
      const charter = charters.find((c) => c.councilId === council.id)!;
      const values = charterValues(charter);
      const mine = members.filter((m) => m.councilId === council.id);
      return {
        ...cardOf(council),
        charter: charterView(charter),
        colleges: COLLEGES.map((college) => ({
          college: college as CollegeGql,
          seats: seatsOf(values, college),
          members: mine
            .filter((m) => m.college === college)
            .map(({ councilId: _c, ...m }) => ({
              ...m,
              college: m.college as CollegeGql,
              role: m.role as CouncilRoleGql,
              opposition: isOpposition(m.college),
            })),
        })),
        followersCount: followers.get(council.id) ?? 0,
      };
    });
  }
}
