import { Args, Query, Resolver } from '@nestjs/graphql';
import { Connection, PageArgs, DEFAULT_PAGE_SIZE, RateLimiter } from '@quorum/core';
import { Actor, Allow, Anyone, ClientIp, CurrentActor } from '@quorum/identity';
import {
  AuditChainReportGql,
  AuditLogEntryView,
  AuditLogConnection,
  AuditLogFilterInput,
  AuditReader,
  AuditService,
} from '@quorum/transparency';

/**
 * The audit log's GraphQL side. It lives in the app, not in libs/transparency: the policies
 * (@Allow) belong to identity, which transparency may not import (identity writes to the trail).
 */
@Resolver()
export class AuditResolver {
  constructor(
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
  ) {}

  @Query(() => AuditLogConnection, {
    description:
      'Public: the audit log, newest first. Anyone reads the public entries (state changes of ' +
      'public objects, charters, moderation with its public reason, draws by lot) in full; ' +
      'agents and admins every entry.',
  })
  @Allow(Anyone)
  auditLog(
    @CurrentActor() actor: Actor | null,
    @Args() page: PageArgs,
    @Args('filter', { type: () => AuditLogFilterInput, nullable: true })
    filter?: AuditLogFilterInput,
  ): Promise<Connection<AuditLogEntryView>> {
    return this.audit.log(
      readerOf(actor),
      filter ?? {},
      page.first ?? DEFAULT_PAGE_SIZE,
      page.after,
    );
  }

  /**
   * Public, because the public chain is recomputable by anyone anyway (`npm run verify-audit`)
   * and the answer names only link ids, which the export shows: asking the server is the same
   * check, run where the data is. Each call reads the whole chain, so one address gets 20 an
   * hour (`verify-audit-chain:ip`, README "Rate limits"); the export costs the server far less.
   */
  @Query(() => AuditChainReportGql, {
    description:
      'Public: recomputes the whole audit chain (in batches) and checks every published ' +
      'minutes’ anchor; reports the first broken link. 20 calls an hour per address.',
  })
  @Allow(Anyone)
  async verifyAuditChain(@ClientIp() ip: string): Promise<AuditChainReportGql> {
    await this.limiter.consume([['verify-audit-chain:ip', ip]]);
    return this.audit.verifyChain();
  }
}

/** Agents and admins (with a verified address, as the Agent policy wants) read every entry. */
function readerOf(actor: Actor | null): AuditReader {
  return actor && actor.emailVerified && (actor.role === 'AGENT' || actor.role === 'ADMIN')
    ? 'FULL'
    : 'PUBLIC';
}
