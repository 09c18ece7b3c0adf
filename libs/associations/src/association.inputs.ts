import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';
import { ASSOCIATION_FIELDS, ASSOCIATION_STATUSES } from './association.entity';

export enum AssociationFieldGql {
  FOOD_AID = 'FOOD_AID',
  HOUSING = 'HOUSING',
  HEALTH = 'HEALTH',
  ACCESS_TO_RIGHTS = 'ACCESS_TO_RIGHTS',
  MOBILITY = 'MOBILITY',
  DISABILITY = 'DISABILITY',
  EMPLOYMENT = 'EMPLOYMENT',
  EDUCATION = 'EDUCATION',
  CULTURE = 'CULTURE',
  OTHER = 'OTHER',
}
registerEnumType(AssociationFieldGql, {
  name: 'AssociationField',
  description: 'What an association works on: food aid, housing, health, access to rights…',
});

export enum AssociationStatusGql {
  PENDING = 'PENDING',
  PARTNER = 'PARTNER',
  DECLINED = 'DECLINED',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(AssociationStatusGql, {
  name: 'AssociationStatus',
  description: 'Proposed (PENDING), approved by the town hall (PARTNER), DECLINED or SUSPENDED.',
});

// The GraphQL enums mirror the entity's unions; these lines fail to compile if they drift apart.
const _mirrors: [readonly `${AssociationFieldGql}`[], readonly `${AssociationStatusGql}`[]] = [
  ASSOCIATION_FIELDS,
  ASSOCIATION_STATUSES,
];
void _mirrors;

/** What an association says of itself (proposal, registration, update). */
@InputType()
export class AssociationInput {
  @Field()
  @IsString()
  @Length(2, 160)
  name!: string;

  @Field({ description: 'Public description, plain text.' })
  @IsString()
  @Length(1, 4000)
  description!: string;

  @Field(() => [AssociationFieldGql])
  @IsEnum(AssociationFieldGql, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  fields!: AssociationFieldGql[];

  @Field(() => String, { nullable: true, description: 'Public contact address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @MaxLength(500)
  website?: string | null;
}

@InputType()
export class UpdateAssociationInput extends AssociationInput {
  @Field(() => ID)
  @IsUUID()
  associationId!: string;
}

@InputType({ description: 'An agent’s decision on an association: approve, decline, suspend.' })
export class DecideOnAssociationInput {
  @Field(() => ID)
  @IsUUID()
  associationId!: string;

  @Field(() => AssociationStatusGql)
  @IsEnum(AssociationStatusGql)
  status!: AssociationStatusGql;

  @Field(() => String, { nullable: true, description: 'Required to decline or suspend.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType()
export class AssociationMemberInput {
  @Field(() => ID)
  @IsUUID()
  associationId!: string;

  @Field(() => ID)
  @IsUUID()
  accountId!: string;
}

@InputType({
  description:
    'Someone who will act for the association too, named by the e-mail address of their account.',
})
export class AssociationMemberByEmailInput {
  @Field(() => ID)
  @IsUUID()
  associationId!: string;

  @Field({ description: 'The e-mail address of their account (case does not matter).' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

@InputType({
  description: "A seat in a council's associations college for a member of a partner association.",
})
export class SeatAssociationInput {
  @Field(() => ID)
  @IsUUID()
  associationId!: string;

  @Field(() => ID, { description: 'The member of the association who will sit.' })
  @IsUUID()
  accountId!: string;

  @Field(() => ID)
  @IsUUID()
  councilId!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; today by default.' })
  @IsOptional()
  @IsString()
  termStart?: string;
}
