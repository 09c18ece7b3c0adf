import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/core';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { AccountOverview } from '../accounts/account.types';

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

@ObjectType({
  description:
    'A census claim of an entry another account already held. The claimant was answered as if nothing matched; agents sort it out.',
})
export class ContestedResidencyClaim {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'When the claim was made.' })
  claimedAt!: Date;

  @Field(() => AccountOverview, { description: 'Who claimed the entry.' })
  claimant!: AccountOverview;

  @Field(() => AccountOverview, {
    nullable: true,
    description: 'Who holds the entry now; null when it was released since (account deleted).',
  })
  currentHolder!: AccountOverview | null;

  @Field(() => ID)
  censusEntryId!: string;

  @Field(() => ID, { description: 'The census import the entry came from.' })
  censusImportId!: string;
}

export const ContestedResidencyClaimConnection = ConnectionType(
  ContestedResidencyClaim,
  'ContestedResidencyClaim',
);
