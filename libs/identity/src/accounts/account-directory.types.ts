import { ArgsType, Field } from '@nestjs/graphql';
import { ConnectionType, PageArgs } from '@quorum/core';
import { IsString, Length } from 'class-validator';
import { AccountOverview } from './account.types';

@ArgsType()
export class SearchAccountsArgs extends PageArgs {
  @Field({
    description:
      'An e-mail address, or part of one or of a display name; accents and case do not matter.',
  })
  @IsString()
  @Length(2, 100)
  query!: string;
}

export const AccountOverviewConnection = ConnectionType(AccountOverview, 'AccountOverview');
