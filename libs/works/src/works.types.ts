import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { ASSESSMENT_OPINIONS, DETOUR_PROBLEMS } from './works.entity';
import { GEOMETRY_MAX_LENGTH } from './rules/geometry';

export enum DetourProblemGql {
  BLOCKED = 'BLOCKED',
  DANGEROUS = 'DANGEROUS',
  NOT_ACCESSIBLE = 'NOT_ACCESSIBLE',
}
registerEnumType(DetourProblemGql, {
  name: 'DetourProblem',
  description: 'Why a detour does not work: blocked, dangerous, not accessible.',
});

export enum WorksPhaseGql {
  COMING = 'COMING',
  CURRENT = 'CURRENT',
  FINISHED = 'FINISHED',
}
registerEnumType(WorksPhaseGql, {
  name: 'WorksPhase',
  description: 'Where the works stand on the town’s day.',
});

export enum WorksScope {
  CURRENT_AND_COMING = 'CURRENT_AND_COMING',
  ALL = 'ALL',
}
registerEnumType(WorksScope, { name: 'WorksScope' });

export enum AssessmentOpinionGql {
  FAVOURABLE = 'FAVOURABLE',
  RESERVED = 'RESERVED',
  UNFAVOURABLE = 'UNFAVOURABLE',
}
registerEnumType(AssessmentOpinionGql, {
  name: 'AssessmentOpinion',
  description:
    'A partner association’s opinion of a detour: favourable, with reservations, unfavourable.',
});

// The GraphQL enums mirror the entity's unions; these lines fail to compile if they drift apart.
const _mirror: [readonly `${DetourProblemGql}`[], readonly `${AssessmentOpinionGql}`[]] = [
  DETOUR_PROBLEMS,
  ASSESSMENT_OPINIONS,
];
void _mirror;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType({ description: 'One version of a works project’s pedestrian detour.' })
export class DetourVersion {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'Plain text: where pedestrians go instead.' }) description!: string;
  @Field({ description: 'Whether people with reduced mobility can use it.' }) accessible!: boolean;
  @Field(() => String, { nullable: true, description: 'Why the town hall changed it.' })
  reason!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'A report that a detour does not work, with the town hall’s answer.' })
export class DetourReport {
  @Field(() => ID) id!: string;
  @Field(() => ID) worksId!: string;
  @Field(() => Int, { description: 'The detour’s version it is about.' }) detourVersion!: number;
  @Field(() => DetourProblemGql) problem!: DetourProblemGql;
  @Field({ description: 'Where on the detour.' }) place!: string;
  @Field() description!: string;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true, description: 'The town hall’s public answer.' })
  answer!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}

@ObjectType({ description: 'A works project posted by the town hall, and its pedestrian detour.' })
export class WorksProject {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field() address!: string;
  @Field(() => String, { nullable: true, description: 'GeoJSON text of one geometry.' })
  geometry!: string | null;
  @Field({ description: 'First day, YYYY-MM-DD.' }) startsOn!: string;
  @Field({ description: 'Last day, YYYY-MM-DD.' }) endsOn!: string;
  @Field(() => String, {
    nullable: true,
    description: 'Partner associations give their assessment by then (YYYY-MM-DD).',
  })
  assessmentDueOn!: string | null;
  @Field(() => WorksPhaseGql) phase!: WorksPhaseGql;
  @Field(() => Int, { description: 'The detour’s version in force.' }) detourVersion!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@InputType()
export class WorksFieldsInput {
  @Field({ description: '5 to 140 characters.' })
  @Transform(trim)
  @IsString()
  @Length(5, 140)
  title!: string;

  @Field({ description: 'What is done, up to 5,000 characters.' })
  @Transform(trim)
  @IsString()
  @Length(1, 5000)
  description!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(3, 300)
  address!: string;

  @Field(() => String, { nullable: true, description: 'GeoJSON text of one geometry.' })
  @IsOptional()
  @IsString()
  @MaxLength(GEOMETRY_MAX_LENGTH)
  geometry?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY)
  @IsISO8601({ strict: true })
  startsOn!: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DAY)
  @IsISO8601({ strict: true })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(DAY)
  @IsISO8601({ strict: true })
  assessmentDueOn?: string | null;

  @Field(() => [ID], { description: 'The councils whose perimeter the works are in.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  councilIds!: string[];
}

@InputType()
export class PostWorksInput extends WorksFieldsInput {
  @Field({ description: 'The planned pedestrian detour, up to 5,000 characters.' })
  @Transform(trim)
  @IsString()
  @Length(5, 5000)
  detour!: string;

  @Field({ description: 'Whether the detour is accessible to people with reduced mobility.' })
  @IsBoolean()
  detourAccessible!: boolean;
}

@InputType()
export class UpdateWorksInput extends WorksFieldsInput {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class ChangeDetourInput {
  @Field(() => ID) @IsUUID() worksId!: string;

  @Field()
  @Transform(trim)
  @IsString()
  @Length(5, 5000)
  description!: string;

  @Field() @IsBoolean() accessible!: boolean;

  @Field({ description: 'Why it changes, said to the followers.' })
  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

@InputType()
export class ReportDetourProblemInput {
  @Field(() => ID) @IsUUID() worksId!: string;
  @Field(() => DetourProblemGql) @IsEnum(DetourProblemGql) problem!: DetourProblemGql;

  @Field({ description: 'Where on the detour, up to 300 characters.' })
  @Transform(trim)
  @IsString()
  @Length(3, 300)
  place!: string;

  @Field({ description: 'What happens there, up to 2,000 characters.' })
  @Transform(trim)
  @IsString()
  @Length(5, 2000)
  description!: string;
}

@InputType()
export class AnswerDetourReportInput {
  @Field(() => ID) @IsUUID() reportId!: string;

  @Field({ description: 'Public, up to 2,000 characters.' })
  @Transform(trim)
  @IsString()
  @Length(3, 2000)
  answer!: string;
}

@InputType()
export class HideDetourReportInput {
  @Field(() => ID) @IsUUID() reportId!: string;
  @Field({ description: 'Why it is hidden (5–500 characters): kept in the audit log, not shown.' })
  @Transform(trim)
  @IsString()
  @Length(5, 500)
  reason!: string;
}

@ArgsType()
export class WorksProjectsArgs {
  @Field(() => WorksScope, { nullable: true, description: 'Default CURRENT_AND_COMING.' })
  @IsOptional()
  @IsEnum(WorksScope)
  scope?: WorksScope;

  @Field(() => ID, { nullable: true, description: 'Only those in this council’s perimeter.' })
  @IsOptional()
  @IsUUID()
  councilId?: string;
}

@ObjectType({ description: 'A partner association asked for its assessment of the detour.' })
export class AssessmentRequest {
  @Field(() => ID) associationId!: string;
  @Field() associationName!: string;
  @Field() requestedAt!: Date;
  @Field({ description: 'Whether it has given its assessment.' }) assessed!: boolean;
}

@ObjectType({ description: 'A partner association’s assessment of the detour (public).' })
export class WorksAssessment {
  @Field(() => ID) id!: string;
  @Field(() => ID) associationId!: string;
  @Field() associationName!: string;
  @Field(() => Int, { description: 'The detour’s version it is about.' }) detourVersion!: number;
  @Field(() => AssessmentOpinionGql) opinion!: AssessmentOpinionGql;
  @Field() comment!: string;
  @Field() createdAt!: Date;
}

@InputType()
export class AssessWorksInput {
  @Field(() => ID) @IsUUID() worksId!: string;
  @Field(() => ID, { description: 'The partner association the caller acts for.' })
  @IsUUID()
  associationId!: string;
  @Field(() => AssessmentOpinionGql) @IsEnum(AssessmentOpinionGql) opinion!: AssessmentOpinionGql;

  @Field({ description: 'Why, up to 5,000 characters (public).' })
  @Transform(trim)
  @IsString()
  @Length(3, 5000)
  comment!: string;
}
