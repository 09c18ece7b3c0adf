import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ENTRY_COLUMNS, ENTRY_LIMITS, TITLE_MIN_LENGTH } from './rules/csv-import';
import { ENTRY_STATUSES } from './solidarity-entry.entity';

export enum EntryStatusGql {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(EntryStatusGql, {
  name: 'SolidarityEntryStatus',
  description: 'DRAFT until an agent publishes it; WITHDRAWN: no longer shown.',
});

export enum EntryColumnGql {
  title = 'title',
  description = 'description',
  audience = 'audience',
  address = 'address',
  hours = 'hours',
  access = 'access',
  accessibility = 'accessibility',
  languages = 'languages',
  cost = 'cost',
  contact = 'contact',
  soliguideUrl = 'soliguideUrl',
  operatorName = 'operatorName',
  lastCheckedOn = 'lastCheckedOn',
}
registerEnumType(EntryColumnGql, {
  name: 'SolidarityEntryColumn',
  description: 'A column of an entry that an imported CSV file can fill.',
});

const _mirrors: [readonly `${EntryStatusGql}`[], readonly `${EntryColumnGql}`[]] = [
  ENTRY_STATUSES,
  ENTRY_COLUMNS,
];
void _mirrors;

/** Trimmed before it is validated: a title of spaces is refused, not stored as ''. */
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

const Text = (max: number): PropertyDecorator => {
  const decorators = [
    Field(() => String, { nullable: true }),
    Transform(trim),
    IsOptional(),
    IsString(),
    MaxLength(max),
  ];
  return (target, key) => decorators.forEach((d) => d(target, key));
};

/** What an entry says of its service; run by a partner association or a named operator. */
@InputType()
export class SolidarityEntryInput {
  @Field(() => ID, { nullable: true, description: 'The partner association that runs it.' })
  @IsOptional()
  @IsUUID()
  associationId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who runs it when no partner does: a public service (CCAS…), an organisation.',
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(ENTRY_LIMITS.operatorName)
  operatorName?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A council’s neighbourhood; none: the whole town.',
  })
  @IsOptional()
  @IsUUID()
  councilId?: string | null;

  @Field({ description: 'What: the service’s name.' })
  @Transform(trim)
  @IsString()
  @Length(TITLE_MIN_LENGTH, ENTRY_LIMITS.title)
  title!: string;

  @Text(ENTRY_LIMITS.description) description?: string | null;
  @Text(ENTRY_LIMITS.audience) audience?: string | null;
  @Text(ENTRY_LIMITS.address) address?: string | null;
  @Text(ENTRY_LIMITS.hours) hours?: string | null;
  @Text(ENTRY_LIMITS.access) access?: string | null;
  @Text(ENTRY_LIMITS.accessibility) accessibility?: string | null;
  @Text(ENTRY_LIMITS.cost) cost?: string | null;
  @Text(ENTRY_LIMITS.contact) contact?: string | null;

  @Field(() => [String], { nullable: true, description: 'Languages spoken, in French.' })
  @IsOptional()
  @IsString({ each: true })
  @MaxLength(ENTRY_LIMITS.language, { each: true })
  @ArrayMaxSize(ENTRY_LIMITS.languages)
  languages?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its page on https://soliguide.fr/, if any.',
  })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(ENTRY_LIMITS.soliguideUrl)
  soliguideUrl?: string | null;
}

@InputType()
export class CreateSolidarityEntryInput extends SolidarityEntryInput {
  @Field({ nullable: true, description: 'Agents only: published at once (default: a draft).' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}

@InputType()
export class UpdateSolidarityEntryInput extends SolidarityEntryInput {
  @Field(() => ID)
  @IsUUID()
  entryId!: string;
}

@InputType()
export class SolidarityEntryStatusInput {
  @Field(() => ID)
  @IsUUID()
  entryId!: string;

  @Field(() => EntryStatusGql)
  @IsEnum(EntryStatusGql)
  status!: EntryStatusGql;
}

@InputType({ description: 'Which CSV header fills an entry’s column.' })
export class ColumnMappingInput {
  @Field(() => EntryColumnGql)
  @IsEnum(EntryColumnGql)
  column!: EntryColumnGql;

  @Field()
  @IsString()
  @Length(1, 100)
  header!: string;
}

@InputType()
export class ImportSolidarityEntriesInput {
  @Field({
    description:
      'CSV with a header row, comma or semicolon separated; at most 2,000 lines besides the header (IMPORT_TOO_LARGE otherwise: a longer file is refused whole, never cut).',
  })
  @IsString()
  @MaxLength(2_000_000)
  csv!: string;

  @Field(() => [ColumnMappingInput], {
    nullable: true,
    description: 'Which header fills which column; default: the headers of a Soliguide export.',
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ColumnMappingInput)
  @ArrayMaxSize(13)
  mapping?: ColumnMappingInput[] | null;

  @Field(() => ID, { nullable: true, description: 'Entries for this council; none: the town.' })
  @IsOptional()
  @IsUUID()
  councilId?: string | null;

  @Field({ nullable: true, description: 'Publish the entries at once (default: drafts).' })
  @IsOptional()
  @IsBoolean()
  publish?: boolean;
}
