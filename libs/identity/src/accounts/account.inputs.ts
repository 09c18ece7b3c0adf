import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { ACCOUNT_ROLES, AccountRole } from './account.entity';
import { AccountRoleGql } from './account.types';

@InputType()
export class RegisterInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  @IsString()
  @MaxLength(256)
  password!: string;

  @Field({ description: 'Public name shown with contributions, 2 to 50 characters.' })
  @IsString()
  @Length(2, 50)
  displayName!: string;

  @Field({ nullable: true, description: 'Language of e-mails: fr (default) or en.' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  locale?: 'fr' | 'en';
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @MaxLength(256)
  password!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link received by e-mail.' })
  @IsString()
  @MaxLength(200)
  token!: string;

  @Field({ description: 'At least 12 characters, not a common password.' })
  @IsString()
  @MaxLength(256)
  newPassword!: string;
}

@InputType()
export class SetAccountRoleInput {
  @Field(() => ID)
  @IsUUID()
  accountId!: string;

  @Field(() => AccountRoleGql)
  @IsIn(ACCOUNT_ROLES)
  role!: AccountRole;
}
