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
import { Policy, PolicyContext } from './policy';

/**
 * Runs before every GraphQL operation and HTTP route, and (through FieldAuthorization) before
 * every field resolver whose rule is not Anyone: establishes the caller from the bearer token,
 * then applies the rule the handler declared with @Allow. No rule: refused.
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

  /**
   * The rules of a handler (of a class), read once: the guard runs for every field resolver of
   * every object of a list (20 proposals' councils, 20 comments' authors…), and Reflector read the
   * same two metadata on each call.
   */
  private readonly rules = new WeakMap<object, WeakMap<object, Policy[] | undefined>>();

  private policiesOf(context: ExecutionContext): Policy[] | undefined {
    const handler = context.getHandler();
    const type = context.getClass();
    let byClass = this.rules.get(handler);
    if (!byClass) this.rules.set(handler, (byClass = new WeakMap()));
    if (!byClass.has(type)) {
      byClass.set(
        type,
        this.reflector.getAllAndOverride<Policy[] | undefined>(POLICIES, [handler, type]),
      );
    }
    return byClass.get(type);
  }

  canActivate(context: ExecutionContext): Promise<boolean> {
    return this.authorize(
      this.policiesOf(context),
      requestOf(context),
      // Read only by the policies that look at the arguments.
      () =>
        context.getType<string>() === 'graphql'
          ? GqlExecutionContext.create(context).getArgs<Record<string, unknown>>()
          : {},
      () => `${context.getClass().name}.${context.getHandler().name}`,
    );
  }

  /**
   * The check itself, for an operation or route (canActivate) and for a field resolver (the
   * schema's wrapper, FieldAuthorization): establishes the caller, then passes when any policy
   * allows, or throws the refusal.
   */
  async authorize(
    policies: readonly Policy[] | undefined,
    request: RequestWithActor,
    readArgs: () => Record<string, unknown>,
    handlerName: () => string,
  ): Promise<true> {
    if (!policies || policies.length === 0) {
      this.logger.error(`${handlerName()} declares no @Allow rule: refused`);
      throw FORBIDDEN();
    }
    // Established by the operation's check: its field resolvers do not wait for it again.
    const actor =
      request.actor !== undefined
        ? request.actor
        : await this.actorOf(request).catch((error: unknown) => {
            // A stale or broken token must not lock a client out of what anyone may do (login, refresh…).
            if (policies.some((policy) => policy.anonymous)) return null;
            throw error;
          });
    let args: Record<string, unknown> | undefined;
    const policyContext: PolicyContext = {
      get args() {
        return (args ??= readArgs());
      },
      moduleRef: this.moduleRef,
    };
    let explained: DomainError | null = null;
    for (const policy of policies) {
      const answer = policy.allows(actor, policyContext);
      const verdict = answer instanceof Promise ? await answer : answer;
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
