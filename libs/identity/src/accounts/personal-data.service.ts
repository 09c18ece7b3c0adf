import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { providersMarked } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { PasswordService } from '../auth/password.service';
import { SessionRepository } from '../auth/session.repository';
import { Actor } from '../authorization/actor';
import { LAST_ADMIN, WRONG_PASSWORD } from '../identity.errors';
import { CensusClaimsRepository } from '../residency/census-claims.repository';
import { CensusImportRepository } from '../residency/census-import.repository';
import { AccountRepository } from './account.repository';
import { AccountTokenRepository } from './account-token.repository';
import { leavesNoAdmin } from './last-admin';
import { uncoveredTables } from './personal-data-coverage';
import {
  PERSONAL_DATA_SECTION,
  PersonalDataMark,
  PersonalDataSection,
} from './personal-data-section';
import { SchemaRepository } from './schema.repository';

export { ANONYMOUS_NAME } from './rules/erasure';

/** The tables identity itself exports and erases (below), as a section would declare them. */
const IDENTITY_TABLES = [
  'account',
  'session',
  'refresh_token',
  'account_token',
  'census_entry',
  'census_import',
  'audit_log',
];

export class PersonalDataCoverageError extends Error {
  override name = 'PersonalDataCoverageError';
}

/** GDPR (SPEC §1): everything held about a person, and erasing it. */
@Injectable()
export class PersonalDataService implements OnModuleInit, OnApplicationBootstrap {
  private readonly sections = new Map<string, PersonalDataSection>();
  private readonly covered = new Set<string>(IDENTITY_TABLES);

  constructor(
    private readonly tx: TransactionService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly accounts: AccountRepository,
    private readonly sessions: SessionRepository,
    private readonly accountTokens: AccountTokenRepository,
    private readonly censusClaims: CensusClaimsRepository,
    private readonly censusImports: CensusImportRepository,
    private readonly schema: SchemaRepository,
  ) {}

  /** The sections other libs declared with @HoldsPersonalData. */
  onModuleInit(): void {
    const marked = providersMarked<PersonalDataMark, PersonalDataSection>(
      this.discovery,
      this.reflector,
      PERSONAL_DATA_SECTION,
    );
    for (const { mark, instance } of marked) {
      this.sections.set(mark.section, instance);
      for (const table of mark.tables) this.covered.add(table);
    }
  }

  /** The API refuses to start while a table naming a person belongs to no section. */
  async onApplicationBootstrap(): Promise<void> {
    const uncovered = await this.uncovered();
    if (uncovered.length === 0) return;
    const list = uncovered.map((t) => `${t.table} (${t.columns.join(', ')})`).join(', ');
    throw new PersonalDataCoverageError(
      `These tables name a person and belong to no @HoldsPersonalData section, so exportMyData ` +
        `and deleteMyAccount would miss them: ${list}.`,
    );
  }

  /** Tables of the database that name a person and that no section (nor identity) declares. */
  async uncovered(): Promise<{ table: string; columns: string[] }[]> {
    const columns = await this.tx.run((em) => this.schema.columns(em));
    return uncoveredTables(columns, this.covered);
  }

  /** Every row about the caller, as stored (secrets such as hashes excepted). */
  async export(actor: Actor): Promise<Record<string, unknown>> {
    return this.tx.run(async (em) => {
      const account = await this.accounts.get(em, actor.accountId);
      const sessions = await this.sessions.listOf(em, actor.accountId);
      const censusClaims = await this.censusClaims.listOf(em, actor.accountId);
      // An agent's imports of the census are a record of the town hall: exported, kept.
      const censusImports = await this.censusImports.listBy(em, actor.accountId);
      const auditTrail = await this.audit.trailOf(em, actor.accountId);
      // One after the other: they share the transaction's connection.
      const sections: Record<string, unknown> = {};
      for (const [name, section] of this.sections)
        sections[name] = await section.export(em, actor.accountId);
      return {
        exportedAt: new Date().toISOString(),
        account: {
          id: account.id,
          email: account.email,
          displayName: account.displayName,
          role: account.role,
          locale: account.locale,
          emailVerifiedAt: account.emailVerifiedAt,
          residencyNeighbourhood: account.residencyNeighbourhood,
          residencyVerifiedAt: account.residencyVerifiedAt,
          residencyMethod: account.residencyMethod,
          createdAt: account.createdAt,
        },
        sessions,
        censusClaims,
        censusImports,
        auditTrail,
        ...sections,
      };
    });
  }

  /**
   * Erases the person: their personal fields, sessions and tokens go, their census entry can be
   * claimed again; the row stays under an anonymous name so public contributions keep an author.
   */
  async delete(actor: Actor, password: string): Promise<void> {
    const account = await this.tx.run((em) => this.accounts.get(em, actor.accountId));
    if (!(await this.passwords.verify(account.passwordHash, password))) throw WRONG_PASSWORD();
    await this.tx.run(async (em) => {
      // The platform keeps an admin: the last one hands the role over before leaving.
      if (
        account.role === 'ADMIN' &&
        leavesNoAdmin(await this.accounts.lockAdmins(em), account.id, 'RESIDENT')
      )
        throw LAST_ADMIN();
      await this.accounts.erase(em, actor.accountId);
      await this.sessions.deleteAllOf(em, actor.accountId);
      await this.accountTokens.deleteAllOf(em, actor.accountId);
      await this.censusClaims.release(em, actor.accountId);
      for (const section of this.sections.values()) await section.erase(em, actor.accountId);
      await this.audit.record(em, {
        actorId: actor.accountId,
        action: 'account.deleted',
        objectType: 'account',
        objectId: actor.accountId,
      });
    });
  }
}
