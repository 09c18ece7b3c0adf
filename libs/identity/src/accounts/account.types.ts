import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACCOUNT_ROLES, RESIDENCY_METHODS } from './account.entity';

export enum AccountRoleGql {
  RESIDENT = 'RESIDENT',
  AGENT = 'AGENT',
  ADMIN = 'ADMIN',
}
registerEnumType(AccountRoleGql, {
  name: 'AccountRole',
  description: 'Platform role of an account.',
});

export enum ResidencyMethodGql {
  AGENT = 'AGENT',
  CENSUS = 'CENSUS',
}
registerEnumType(ResidencyMethodGql, {
  name: 'ResidencyMethod',
  description: 'How residency was verified: by a town-hall agent, or by matching the census list.',
});

// The GraphQL enums mirror the entity's unions; these lines fail to compile if they drift apart.
const _roles: readonly `${AccountRoleGql}`[] = ACCOUNT_ROLES;
const _methods: readonly `${ResidencyMethodGql}`[] = RESIDENCY_METHODS;
void _roles;
void _methods;

@ObjectType({ description: 'Where a resident lives, as verified.' })
export class Residency {
  @Field({ description: 'Neighbourhood, normalised (lower case, no accents).' })
  neighbourhood!: string;

  @Field()
  verifiedAt!: Date;

  @Field(() => ResidencyMethodGql)
  method!: ResidencyMethodGql;
}

@ObjectType({ description: 'The signed-in account, as its owner sees it.' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field({ description: 'Public name shown with contributions.' })
  displayName!: string;

  @Field(() => AccountRoleGql)
  role!: AccountRoleGql;

  @Field({ description: 'Language of e-mails: fr or en.' })
  locale!: string;

  @Field()
  emailVerified!: boolean;

  @Field(() => Residency, { nullable: true, description: 'Null until residency is verified.' })
  residency!: Residency | null;

  @Field()
  createdAt!: Date;
}

@ObjectType({
  description:
    'An account as town-hall agents see it, to reach or verify the person. Never public.',
})
export class AccountOverview {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Public name shown with contributions.' })
  displayName!: string;

  @Field(() => String, { nullable: true, description: 'Null once the account is deleted.' })
  email!: string | null;

  @Field(() => AccountRoleGql)
  role!: AccountRoleGql;

  @Field()
  emailVerified!: boolean;

  @Field(() => Residency, { nullable: true, description: 'Null until residency is verified.' })
  residency!: Residency | null;

  @Field({ description: 'When the account was created (signed up).' })
  createdAt!: Date;

  @Field({ description: 'The person deleted the account: only its anonymous row is left.' })
  deleted!: boolean;
}

@ObjectType({ description: 'Tokens of a new or refreshed session.' })
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`; short-lived.' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Trade it once with refreshToken for new tokens; keep it secret.' })
  refreshToken!: string;

  @Field(() => Account)
  account!: Account;
}

@ObjectType({
  description: 'An answer that deliberately says nothing about whether an account exists.',
})
export class AcknowledgedPayload {
  @Field()
  ok!: boolean;

  @Field({ description: 'What happens next, in the caller’s language.' })
  message!: string;
}
