import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { currentLocale } from '@quorum/core';
import { GraphQLJSONObject } from 'graphql-type-json';
import { ANSWER_FLOOR_MS, notBefore } from '../auth/answer-floor';
import { Actor } from '../authorization/actor';
import { Allow } from '../authorization/allow.decorator';
import { ClientIp, CurrentActor } from '../authorization/current-actor.decorator';
import { Anyone, SignedIn } from '../authorization/policy';
import { REGISTRATION_SENT, RESET_SENT } from '../identity.errors';
import { AccountService } from './account.service';
import { LoginInput, RegisterInput, ResetPasswordInput } from './account.inputs';
import { Account, AcknowledgedPayload, AuthPayload } from './account.types';
import { accountView } from './account.view';
import { PersonalDataService } from './personal-data.service';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Mutation(() => AcknowledgedPayload, {
    description:
      'Creates an account and e-mails a confirmation link. Never says whether the address had one.',
  })
  @Allow(Anyone)
  async register(
    @Args('input') input: RegisterInput,
    @ClientIp() ip: string,
  ): Promise<AcknowledgedPayload> {
    await notBefore(ANSWER_FLOOR_MS, this.accounts.register(input, ip));
    return { ok: true, message: REGISTRATION_SENT[currentLocale()] };
  }

  @Mutation(() => Boolean, {
    description: 'Confirms the e-mail address with the token of the link; works once.',
  })
  @Allow(Anyone)
  async verifyEmail(@Args('token') token: string): Promise<boolean> {
    await this.accounts.verifyEmail(token);
    return true;
  }

  @Mutation(() => AuthPayload, {
    description: 'Signs in: a short-lived access token and a refresh token.',
  })
  @Allow(Anyone)
  login(@Args('input') input: LoginInput, @ClientIp() ip: string): Promise<AuthPayload> {
    return this.accounts.login(input, ip);
  }

  @Mutation(() => AuthPayload, {
    description: 'Trades a refresh token (once) for new tokens. A reused token closes its session.',
  })
  @Allow(Anyone)
  refreshToken(@Args('refreshToken') refreshToken: string): Promise<AuthPayload> {
    return this.accounts.refresh(refreshToken);
  }

  @Mutation(() => Boolean, {
    description: 'Closes the current session: its access and refresh tokens stop working.',
  })
  @Allow(SignedIn)
  async logout(@CurrentActor() actor: Actor): Promise<boolean> {
    await this.accounts.logout(actor);
    return true;
  }

  @Mutation(() => AcknowledgedPayload, {
    description:
      'E-mails a link to choose a new password. Never says whether the address has an account.',
  })
  @Allow(Anyone)
  async requestPasswordReset(
    @Args('email') email: string,
    @ClientIp() ip: string,
  ): Promise<AcknowledgedPayload> {
    await notBefore(ANSWER_FLOOR_MS, this.accounts.requestPasswordReset(email, ip));
    return { ok: true, message: RESET_SENT[currentLocale()] };
  }

  @Mutation(() => Boolean, {
    description: 'Sets a new password with the token of the link (once); signs out everywhere.',
  })
  @Allow(Anyone)
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<boolean> {
    await this.accounts.resetPassword(input.token, input.newPassword);
    return true;
  }

  @Query(() => Account, { description: 'The signed-in account.' })
  @Allow(SignedIn)
  async me(@CurrentActor() actor: Actor): Promise<Account> {
    return accountView(await this.accounts.get(actor.accountId));
  }

  @Query(() => GraphQLJSONObject, {
    description: 'Everything the platform holds about the caller, as JSON (GDPR).',
  })
  @Allow(SignedIn)
  exportMyData(@CurrentActor() actor: Actor): Promise<Record<string, unknown>> {
    return this.personalData.export(actor);
  }

  @Mutation(() => Boolean, {
    description:
      'Erases the account’s personal data (password required). Public contributions stay, anonymous.',
  })
  @Allow(SignedIn)
  async deleteMyAccount(
    @CurrentActor() actor: Actor,
    @Args('password') password: string,
  ): Promise<boolean> {
    await this.personalData.delete(actor, password);
    return true;
  }
}
