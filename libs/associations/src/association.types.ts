import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/core';
import { AssociationFieldGql, AssociationStatusGql } from './association.inputs';

@ObjectType({ description: 'An account acting on behalf of an association.' })
export class AssociationMemberView {
  @Field(() => ID) accountId!: string;
  @Field() displayName!: string;
  @Field() since!: Date;
}

@ObjectType({ description: 'A seat an association holds in a council’s associations college.' })
export class AssociationSeat {
  @Field(() => ID, { description: 'The council membership.' }) membershipId!: string;
  @Field(() => ID) councilId!: string;
  @Field() councilSlug!: string;
  @Field() councilName!: string;
  @Field(() => ID) accountId!: string;
  @Field() displayName!: string;
}

@ObjectType({ description: 'A local association; the public sees partners only.' })
export class Association {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() description!: string;
  @Field(() => [AssociationFieldGql]) fields!: AssociationFieldGql[];
  @Field(() => String, { nullable: true }) contactEmail!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => AssociationStatusGql) status!: AssociationStatusGql;
  @Field(() => String, {
    nullable: true,
    description: 'Why it was declined or suspended (its members and agents only).',
  })
  statusReason!: string | null;
  @Field(() => Date, { nullable: true }) approvedAt!: Date | null;
  @Field({ description: 'Whether the caller acts for this association.' }) viewerIsMember!: boolean;
  @Field(() => [AssociationMemberView], {
    description: 'Who acts for it: shown to its members and agents only (empty for others).',
  })
  members!: AssociationMemberView[];
  @Field(() => [AssociationSeat], { description: 'Its seats in councils’ associations colleges.' })
  seats!: AssociationSeat[];
  @Field() createdAt!: Date;
}

/** The associations' list, a page at a time (Relay-style, as the platform's other lists). */
export const AssociationConnection = ConnectionType(Association, 'Association');
