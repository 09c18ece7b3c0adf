import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ModuleRef, Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError } from '@quorum/core';
import { SessionService } from '../auth/session.service';
import { TokenService } from '../auth/token.service';
import { FORBIDDEN, SESSION_ENDED, SIGN_IN_REQUIRED } from '../identity.errors';
import { Actor } from './actor';
import { POLICIES } from './allow.decorator';
import { requestOf, RequestWithActor } from './current-actor.decorator';
import { Policy } from './policy';

/**
 * Runs before every GraphQL operation, field resolver and HTTP route: establishes the caller from
 * the bearer token, then applies the rule the handler declared with @Allow. No rule: refused.
 * Refusals carry `extensions.reason` NOT_ALLOWED or SIGN_IN_REQUIRED, or the reason a policy gave
 * (EMAIL_NOT_VERIFIED, RESIDENCY_NOT_VERIFIED…).
 */
@Injectable()
export class AuthorizationGuard implements CanActivate {
  private readonly logger = new Logger(AuthorizationGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly moduleRef: ModuleRef,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policies = this.reflector.getAllAndOverride<Policy[] | undefined>(POLICIES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!policies || policies.length === 0) {
      this.logger.error(
        `${context.getClass().name}.${context.getHandler().name} declares no @Allow rule: refused`,
      );
      throw FORBIDDEN();
    }
    const request = requestOf(context);
    const actor = await this.actorOf(request).catch((error: unknown) => {
      // A stale or broken token must not lock a client out of what anyone may do (login, refresh…).
      if (policies.some((policy) => policy.anonymous)) return null;
      throw error;
    });
    const args =
      context.getType<string>() === 'graphql'
        ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>()
        : {};
    let explained: DomainError | null = null;
    for (const policy of policies) {
      const verdict = await policy.allows(actor, { args, moduleRef: this.moduleRef });
      if (verdict === true) return true;
      // The first policy that says why is the one the caller can act on; a bare "no" says nothing.
      if (verdict instanceof DomainError) explained ??= verdict;
    }
    if (!actor && policies.some((policy) => !policy.anonymous)) throw SIGN_IN_REQUIRED();
    throw explained ?? FORBIDDEN();
  }

  /** Once per request: field resolvers reuse what the operation established. */
  private async actorOf(request: RequestWithActor): Promise<Actor | null> {
    if (request.actor !== undefined) return request.actor;
    const header = request.headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    if (!value) return (request.actor = null);
    const match = /^Bearer\s+(\S+)$/i.exec(value);
    if (!match) throw SESSION_ENDED();
    const claims = await this.tokens.verifyAccess(match[1]);
    const actor = await this.sessions.actor(claims.sub, claims.sid);
    if (!actor) throw SESSION_ENDED();
    return (request.actor = actor);
  }
}
