import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { AccessStatusGql, PlaceKindGql } from './place.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() || null : value;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: 'A place of the register, as a whole (creation or change).' })
export class PlaceInput {
  @Field() @Transform(trim) @IsString() @Length(3, 200) name!: string;
  @Field(() => PlaceKindGql) @IsEnum(PlaceKindGql) kind!: PlaceKindGql;
  @Field() @Transform(trim) @IsString() @Length(3, 300) address!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() councilId?: string | null;
  @Field(() => AccessStatusGql) @IsEnum(AccessStatusGql) entrance!: AccessStatusGql;
  @Field(() => AccessStatusGql) @IsEnum(AccessStatusGql) toilets!: AccessStatusGql;
  @Field(() => AccessStatusGql) @IsEnum(AccessStatusGql) hearingLoop!: AccessStatusGql;
  @Field(() => AccessStatusGql) @IsEnum(AccessStatusGql) parking!: AccessStatusGql;
  @Field(() => String, { nullable: true, description: 'How it was checked (visit, photos…).' })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(2000)
  evidence?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD, not in the future; required when a feature is not UNKNOWN.',
  })
  @IsOptional()
  @Transform(blankToNull)
  @Matches(DAY)
  checkedOn?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(2000)
  plannedWorks?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Transform(blankToNull)
  @Matches(DAY)
  plannedWorksOn?: string | null;
}

@InputType()
export class UpdatePlaceInput extends PlaceInput {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class ReportPlaceProblemInput {
  @Field(() => ID) @IsUUID() placeId!: string;
  @Field({ description: 'What does not work (10–2000 characters); shown in public.' })
  @Transform(trim)
  @IsString()
  @Length(10, 2000)
  body!: string;
}

@InputType()
export class HidePlaceReportInput {
  @Field(() => ID) @IsUUID() reportId!: string;
  @Field({ description: 'Why it is hidden (5–500 characters): kept in the audit log, not shown.' })
  @Transform(trim)
  @IsString()
  @Length(5, 500)
  reason!: string;
}

@InputType()
export class AnswerPlaceReportInput {
  @Field(() => ID) @IsUUID() reportId!: string;
  @Field({ description: 'The town hall’s public answer (5–4000 characters).' })
  @Transform(trim)
  @IsString()
  @Length(5, 4000)
  answer!: string;
}
