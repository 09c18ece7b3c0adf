import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDateString,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { GraphQLJSONObject } from 'graphql-type-json';
import { IsGeoJsonArea } from './geojson.validator';
import { COLLEGES, COUNCIL_ROLES } from './membership/council-membership.entity';
import { CHARTER_BOUNDS, CharterChange } from './rules/charter';
import { GENDERS } from './sortition/sortition-volunteer.entity';

export enum CollegeGql {
  RESIDENTS = 'RESIDENTS',
  ASSOCIATIONS = 'ASSOCIATIONS',
  ELECTED_MAJORITY = 'ELECTED_MAJORITY',
  ELECTED_OPPOSITION = 'ELECTED_OPPOSITION',
}
registerEnumType(CollegeGql, {
  name: 'College',
  description: 'Residents (drawn by lot), associations, elected majority, elected opposition.',
});

export enum CouncilRoleGql {
  CHAIR = 'CHAIR',
  CO_CHAIR = 'CO_CHAIR',
  SECRETARY = 'SECRETARY',
  MEMBER = 'MEMBER',
}
registerEnumType(CouncilRoleGql, { name: 'CouncilRole' });

export enum GenderGql {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  OTHER = 'OTHER',
  UNDISCLOSED = 'UNDISCLOSED',
}
registerEnumType(GenderGql, {
  name: 'Gender',
  description: 'Declared for the parity of draws; may be undisclosed.',
});

// The GraphQL enums mirror the entities' unions; these lines fail to compile if they drift apart.
const _mirrors: [
  readonly `${CollegeGql}`[],
  readonly `${CouncilRoleGql}`[],
  readonly `${GenderGql}`[],
] = [COLLEGES, COUNCIL_ROLES, GENDERS];
void _mirrors;

/** `@Min` and `@Max` of a charter parameter, from the rules' bounds. */
const Bounds = (key: keyof typeof CHARTER_BOUNDS): PropertyDecorator =>
  applyDecorators(Min(CHARTER_BOUNDS[key].min), Max(CHARTER_BOUNDS[key].max));

@InputType({ description: 'Seats per college.' })
export class SeatsInput {
  @Field(() => Int) @IsInt() @Bounds('residentSeats') residents!: number;
  @Field(() => Int) @IsInt() @Bounds('associationSeats') associations!: number;
  @Field(() => Int) @IsInt() @Bounds('majoritySeats') electedMajority!: number;
  @Field(() => Int) @IsInt() @Bounds('oppositionSeats') electedOpposition!: number;
}

/** Charter parameters (SPEC §2); each one left out keeps its default or current value. */
@InputType()
export class CharterInput implements CharterChange {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Bounds('supportThreshold')
  supportThreshold?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Bounds('supportWindowDays')
  supportWindowDays?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Bounds('responseDeadlineDays')
  responseDeadlineDays?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Bounds('convocationNoticeDays')
  convocationNoticeDays?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Members present or represented needed to vote; null or absent: a majority of members in office.',
  })
  @IsOptional()
  @IsInt()
  @Bounds('quorum')
  quorum?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Bounds('minutesPublicationDays')
  minutesPublicationDays?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Bounds('oppositionAgendaQuota')
  oppositionAgendaQuota?: number;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Bounds('termYears')
  termYears?: number;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() residentCoChairRequired?: boolean;

  @Field(() => SeatsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => SeatsInput)
  seats?: SeatsInput;
}

@InputType()
export class CreateCouncilInput {
  @Field() @IsString() @Length(3, 120) name!: string;

  @Field({ description: 'URL name: lower case letters, digits and hyphens.' })
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  @Length(2, 60)
  slug!: string;

  @Field({ description: 'Neighbourhood whose verified residents belong to this council.' })
  @IsString()
  @Length(1, 100)
  neighbourhood!: string;

  @Field({ description: 'The perimeter, in words (streets, landmarks).' })
  @IsString()
  @Length(1, 2000)
  perimeterDescription!: string;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'GeoJSON Polygon or MultiPolygon.',
  })
  @IsOptional()
  @IsGeoJsonArea()
  perimeterGeojson?: Record<string, unknown>;

  @Field(() => CharterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CharterInput)
  charter?: CharterInput;
}

@InputType()
export class UpdateCouncilCharterInput {
  @Field(() => ID) @IsUUID() councilId!: string;

  @Field(() => CharterInput)
  @ValidateNested()
  @Type(() => CharterInput)
  charter!: CharterInput;
}

@InputType()
export class AddCouncilMemberInput {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => ID) @IsUUID() accountId!: string;
  @Field(() => CollegeGql) @IsEnum(CollegeGql) college!: CollegeGql;

  @Field(() => CouncilRoleGql, { nullable: true, description: 'Default MEMBER.' })
  @IsOptional()
  @IsEnum(CouncilRoleGql)
  role?: CouncilRoleGql;

  @Field({ nullable: true, description: 'Required for elected members: their political group.' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  politicalGroup?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD; default today.' })
  @IsOptional()
  @Matches(/^(20\d{2}|2100)-\d{2}-\d{2}$/)
  @IsDateString({ strict: true })
  termStart?: string;
}

@InputType()
export class EndMembershipInput {
  @Field(() => ID) @IsUUID() membershipId!: string;
  @Field() @IsString() @Length(1, 500) reason!: string;
}

@InputType()
export class VolunteerInput {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => GenderGql) @IsIn(GENDERS) gender!: GenderGql;
}

@InputType()
export class AnnounceSortitionInput {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field(() => Int) @IsInt() @Min(1) @Max(200) seats!: number;

  @Field({
    description:
      'How the seed will be chosen, published now: e.g. "the Loto numbers of 2026-12-05".',
  })
  @IsString()
  @Length(10, 500)
  seedRule!: string;
}

@InputType()
export class RunSortitionInput {
  @Field(() => ID) @IsUUID() sortitionId!: string;

  @Field({ description: 'The seed, as the published rule gave it.' })
  @IsString()
  @Length(1, 200)
  seed!: string;
}
