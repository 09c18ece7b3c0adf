import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';

@InputType()
export class VerifyResidentInput {
  @Field(() => ID)
  @IsUUID()
  accountId!: string;

  @Field({ description: 'Neighbourhood where the agent checked the proof of address.' })
  @IsString()
  @Length(1, 100)
  neighbourhood!: string;
}

@InputType()
export class ClaimResidencyInput {
  @Field({
    description: 'Last name, as on the census list (accents, case and spacing do not matter).',
  })
  @IsString()
  @Length(1, 100)
  lastName!: string;

  @Field({ description: 'First names, as on the census list.' })
  @IsString()
  @Length(1, 150)
  firstNames!: string;

  @Field({ description: 'Birth date, YYYY-MM-DD or DD/MM/YYYY.' })
  @IsString()
  @Length(8, 10)
  birthDate!: string;

  @Field()
  @IsString()
  @Length(1, 100)
  neighbourhood!: string;
}

@InputType()
export class ImportCensusInput {
  @Field({
    description:
      'CSV with a header row: nom, prenoms, date_naissance, quartier (or last_name, first_names, birth_date, neighbourhood); comma or semicolon separated.',
  })
  @IsString()
  @MaxLength(8_000_000)
  csv!: string;
}

@ObjectType({ description: 'A census row that was not imported, and why.' })
export class CensusRejection {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line!: number;

  @Field()
  reason!: string;
}

@ObjectType({ description: 'What a census import brought.' })
export class CensusImportReport {
  @Field(() => ID)
  importId!: string;

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [CensusRejection], { description: 'The first 200 rejected rows.' })
  rejections!: CensusRejection[];
}
