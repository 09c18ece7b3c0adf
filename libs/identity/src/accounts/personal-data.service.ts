import { Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { DomainError, providersMarked } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { PasswordService } from '../auth/password.service';
import { Actor } from '../authorization/actor';
import { Account } from './account.entity';
import { lockAdmins } from './admins.repository';
import { LAST_ADMIN, leavesNoAdmin } from './last-admin';
import { SchemaColumn, uncoveredTables } from './personal-data-coverage';
import {
  PERSONAL_DATA_SECTION,
  PersonalDataMark,
  PersonalDataSection,
} from './personal-data-section';

/** The display name a deleted account's public contributions keep. */
export const ANONYMOUS_NAME = 'Participant·e anonyme';

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
    const columns = await this.tx.run((em): Promise<SchemaColumn[]> =>
      em.query(
        `SELECT c.table_name AS "table", c.column_name AS "column", c.data_type AS "dataType",
                  EXISTS (SELECT 1 FROM information_schema.table_constraints f
                            JOIN information_schema.key_column_usage k
                              ON k.constraint_schema = f.constraint_schema AND k.constraint_name = f.constraint_name
                            JOIN information_schema.constraint_column_usage u
                              ON u.constraint_schema = f.constraint_schema AND u.constraint_name = f.constraint_name
                           WHERE f.constraint_type = 'FOREIGN KEY' AND f.table_schema = c.table_schema
                             AND f.table_name = c.table_name AND k.column_name = c.column_name
                             AND u.table_name = 'account') AS "referencesAccount"
             FROM information_schema.columns c
             JOIN information_schema.tables t
               ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema()`,
      ),
    );
    return uncoveredTables(columns, this.covered);
  }

  /** Every row about the caller, as stored (secrets such as hashes excepted). */
  async export(actor: Actor): Promise<Record<string, unknown>> {
    return this.tx.run(async (em) => {
      const account = await em.findOneByOrFail(Account, { id: actor.accountId });
      const sessions = await em.query(
        `SELECT id, created_at AS "createdAt", revoked_at AS "revokedAt", revoked_reason AS "revokedReason"
           FROM session WHERE account_id = $1 ORDER BY created_at`,
        [actor.accountId],
      );
      const censusClaims = await em.query(
        `SELECT claimed_at AS "claimedAt" FROM census_entry WHERE claimed_by = $1`,
        [actor.accountId],
      );
      // An agent's imports of the census are a record of the town hall: exported, kept.
      const censusImports = await em.query(
        `SELECT id, accepted, rejected, imported_at AS "importedAt" FROM census_import
          WHERE imported_by = $1 ORDER BY imported_at`,
        [actor.accountId],
      );
      const auditTrail = await em.query(
        `SELECT occurred_at AS "occurredAt", action, object_type AS "objectType", object_id AS "objectId"
           FROM audit_log WHERE actor_id = $1 OR (object_type = 'account' AND object_id = $2) ORDER BY id`,
        [actor.accountId, actor.accountId],
      );
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
    const account = await this.tx.run((em) => em.findOneByOrFail(Account, { id: actor.accountId }));
    if (!(await this.passwords.verify(account.passwordHash, password))) {
      throw DomainError.badInput([
        { field: 'password', message: { fr: 'mot de passe incorrect', en: 'wrong password' } },
      ]);
    }
    await this.tx.run(async (em) => {
      // The platform keeps an admin: the last one hands the role over before leaving.
      if (account.role === 'ADMIN' && leavesNoAdmin(await lockAdmins(em), account.id, 'RESIDENT'))
        throw LAST_ADMIN;
      await em.query(
        `UPDATE account SET email = NULL, display_name = $2, password_hash = NULL, email_verified_at = NULL,
                residency_neighbourhood = NULL, residency_verified_at = NULL, residency_method = NULL,
                locale = 'fr', deleted_at = clock_now()
          WHERE id = $1`,
        [actor.accountId, ANONYMOUS_NAME],
      );
      await em.query(
        `DELETE FROM refresh_token WHERE session_id IN (SELECT id FROM session WHERE account_id = $1)`,
        [actor.accountId],
      );
      await em.query(`DELETE FROM session WHERE account_id = $1`, [actor.accountId]);
      await em.query(`DELETE FROM account_token WHERE account_id = $1`, [actor.accountId]);
      await em.query(
        `UPDATE census_entry SET claimed_by = NULL, claimed_at = NULL WHERE claimed_by = $1`,
        [actor.accountId],
      );
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
