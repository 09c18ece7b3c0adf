import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { DomainError, providersMarked } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { PasswordService } from '../auth/password.service';
import { Actor } from '../authorization/actor';
import { Account } from './account.entity';
import { PERSONAL_DATA_SECTION, PersonalDataSection } from './personal-data-section';

/** The display name a deleted account's public contributions keep. */
export const ANONYMOUS_NAME = 'Participant·e anonyme';

/** GDPR (SPEC §1): everything held about a person, and erasing it. */
@Injectable()
export class PersonalDataService implements OnModuleInit {
  private readonly sections = new Map<string, PersonalDataSection>();

  constructor(
    private readonly tx: TransactionService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  /** The sections other libs declared with @HoldsPersonalData. */
  onModuleInit(): void {
    const marked = providersMarked<string, PersonalDataSection>(
      this.discovery,
      this.reflector,
      PERSONAL_DATA_SECTION,
    );
    for (const { mark: name, instance } of marked) this.sections.set(name, instance);
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
      await em.query(
        `UPDATE account SET email = NULL, display_name = $2, password_hash = NULL, email_verified_at = NULL,
                residency_neighbourhood = NULL, residency_verified_at = NULL, residency_method = NULL,
                locale = 'fr', deleted_at = now()
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
