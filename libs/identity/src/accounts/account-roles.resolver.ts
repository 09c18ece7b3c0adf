import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor } from '../authorization/actor';
import { Allow } from '../authorization/allow.decorator';
import { CurrentActor } from '../authorization/current-actor.decorator';
import { HasRole } from '../authorization/policy';
import { AccountRolesService } from './account-roles.service';
import { SetAccountRoleInput } from './account.inputs';
import { AccountOverview } from './account.types';
import { accountOverview } from './account.view';

@Resolver()
export class AccountRolesResolver {
  constructor(private readonly roles: AccountRolesService) {}

  @Mutation(() => AccountOverview, {
    description:
      'Admin: gives an account its platform role (RESIDENT, AGENT or ADMIN), audited; applies at once to its open sessions. The last admin keeps the role (PRECONDITION_FAILED, reason LAST_ADMIN).',
  })
  @Allow(HasRole('ADMIN'))
  async setAccountRole(
    @CurrentActor() admin: Actor,
    @Args('input') input: SetAccountRoleInput,
  ): Promise<AccountOverview> {
    return accountOverview(await this.roles.setRole(admin, input.accountId, input.role));
  }
}
