import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@quorum/core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  AgendaItemKindGql,
  AttendanceStatusGql,
  MeetingStatusGql,
  VoteChoiceGql,
} from './meeting.types';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) @IsUUID() councilId!: string;
  @Field({ description: 'Date and time (ISO 8601), in the future.' })
  @Type(() => Date)
  @IsDate()
  startsAt!: Date;
  @Field(() => ID, {
    nullable: true,
    description:
      'A place of the register (libs/places): its accessibility is the register’s, and the answer warns when it is not accessible.',
  })
  @IsOptional()
  @IsUUID()
  placeId?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The place in words; required without placeId (then the register’s name and address).',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(3, 300)
  place?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Accessible to people with reduced mobility; required without placeId (then the register says).',
  })
  @IsOptional()
  @IsBoolean()
  accessible?: boolean | null;
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  accessibilityDetails?: string;
  @Field({ description: 'Open to the public (default) or closed.', defaultValue: true })
  @IsBoolean()
  isPublic!: boolean;
}

@InputType()
export class CancelMeetingInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field({ description: 'Told to the members and shown in public.' })
  @Transform(trim)
  @IsString()
  @Length(5, 1000)
  reason!: string;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => AgendaItemKindGql) @IsEnum(AgendaItemKindGql) kind!: AgendaItemKindGql;
  @Field({ nullable: true, description: 'Required except for proposals and minutes (3–200).' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(3, 200)
  title?: string;
  @Field({ nullable: true, description: 'Markdown, up to 10,000 characters.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;
  @Field(() => ID, { nullable: true, description: 'QUALIFIED_PROPOSAL: the proposal.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;
  @Field(() => ID, { nullable: true, description: 'MINUTES: the submitted minutes to adopt.' })
  @IsOptional()
  @IsUUID()
  minutesId?: string;
}

@InputType()
export class ReorderAgendaInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => [ID], { description: 'Every item of the agenda, in the new order.' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ArrayUnique()
  itemIds!: string[];
}

@InputType()
export class AttendanceEntryInput {
  @Field(() => ID) @IsUUID() accountId!: string;
  @Field(() => AttendanceStatusGql) @IsEnum(AttendanceStatusGql) status!: AttendanceStatusGql;
  @Field(() => ID, { nullable: true, description: 'REPRESENTED: the present proxy holder.' })
  @IsOptional()
  @IsUUID()
  proxyHolderId?: string;
}

@InputType()
export class RecordAttendanceInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => [AttendanceEntryInput], { description: 'Entries replace earlier ones per member.' })
  @ValidateNested({ each: true })
  @Type(() => AttendanceEntryInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  entries!: AttendanceEntryInput[];
}

@InputType()
export class OpenBallotInput {
  @Field(() => ID) @IsUUID() agendaItemId!: string;
  @Field({ description: 'Secret ballot (default: public, with a roll call).', defaultValue: false })
  @IsBoolean()
  secret!: boolean;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID) @IsUUID() ballotId!: string;
  @Field(() => VoteChoiceGql) @IsEnum(VoteChoiceGql) choice!: VoteChoiceGql;
  @Field(() => ID, {
    nullable: true,
    description: 'Vote for the represented member whose proxy you hold.',
  })
  @IsOptional()
  @IsUUID()
  onBehalfOf?: string;
}

@InputType()
export class DraftMinutesInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field({ description: 'Summary of the debates, Markdown up to 50,000 characters.' })
  @IsString()
  @MaxLength(50_000)
  summary!: string;
  @Field({
    nullable: true,
    description: 'Start a corrected version of published minutes (linked to the previous one).',
  })
  @IsOptional()
  @IsBoolean()
  correction?: boolean;
}

@InputType()
export class AddOppositionStatementInput {
  @Field(() => ID, { nullable: true, description: 'Minutes not yet published…' })
  @IsOptional()
  @IsUUID()
  minutesId?: string;
  @Field(() => ID, { nullable: true, description: '…or a proposal with an official answer.' })
  @IsOptional()
  @IsUUID()
  proposalId?: string;
  @Field({ description: 'Markdown, up to 10,000 characters, published verbatim.' })
  @IsString()
  @Length(1, 10_000)
  body!: string;
}

@InputType()
export class UpdateOppositionStatementInput {
  @Field(() => ID) @IsUUID() statementId!: string;
  @Field() @IsString() @Length(1, 10_000) body!: string;
}

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() councilId?: string;
  @Field(() => MeetingStatusGql, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStatusGql)
  status?: MeetingStatusGql;
}
