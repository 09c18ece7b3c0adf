import { Injectable } from '@nestjs/common';
import { HoldsPersonalData, PersonalDataSection } from '@quorum/identity';
import { EntityManager } from 'typeorm';
import { CouncilRepository } from './council.repository';
import { FollowerRepository } from './follower.repository';
import { MembershipRepository } from './membership/membership.repository';
import { VolunteerRepository } from './sortition/volunteer.repository';

/**
 * What councils hold about a person: follows, seats, volunteering, charter changes. Seats and
 * charter versions are a public record and
 * stay (under the anonymous name); follows go; a volunteering not frozen in a draw's pool goes.
 */
@Injectable()
@HoldsPersonalData('councils', [
  'council_follower',
  'council_membership',
  'sortition_volunteer',
  'council_charter',
])
export class CouncilsPersonalData implements PersonalDataSection {
  constructor(
    private readonly councils: CouncilRepository,
    private readonly followers: FollowerRepository,
    private readonly memberships: MembershipRepository,
    private readonly volunteers: VolunteerRepository,
  ) {}

  async export(em: EntityManager, accountId: string) {
    // One after the other: they share the transaction's connection.
    const follows = await this.followers.followsOf(em, accountId);
    const memberships = await this.memberships.membershipsOf(em, accountId);
    const volunteering = await this.volunteers.volunteeringOf(em, accountId);
    // A charter version is a public record of who changed it: exported, kept.
    const charterChanges = await this.councils.charterChangesBy(em, accountId);
    return { follows, memberships, volunteering, charterChanges };
  }

  async erase(em: EntityManager, accountId: string): Promise<void> {
    await this.followers.forgetAllOf(em, accountId);
    await this.memberships.endAllOf(em, accountId);
    await this.volunteers.forgetUnfrozenOf(em, accountId);
  }
}
