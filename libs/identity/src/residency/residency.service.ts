import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Connection,
  currentLocale,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  DomainError,
  LocalizedText,
  PageArgs,
  RateLimiter,
  toConnection,
} from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { CsvError, parse } from 'csv-parse';
import { EntityManager, In } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { accountOverview } from '../accounts/account.view';
import { Actor } from '../authorization/actor';
import { CensusClaimsRepository } from './census-claims.repository';
import { CensusImport } from './census-import.entity';
import { claimOutcome } from './claim-outcome';
import {
  CensusPerson,
  censusEntryHash,
  normalizeBirthDate,
  normalizeName,
} from './census-normalizer';
import { CensusImportReport, ContestedResidencyClaim } from './residency.types';

const BATCH = 500;
const MAX_REJECTIONS_LISTED = 200;

const COLUMNS: Record<string, keyof CensusPerson> = {
  nom: 'lastName',
  last_name: 'lastName',
  nom_de_famille: 'lastName',
  prenom: 'firstNames',
  prenoms: 'firstNames',
  first_names: 'firstNames',
  date_naissance: 'birthDate',
  date_de_naissance: 'birthDate',
  naissance: 'birthDate',
  birth_date: 'birthDate',
  quartier: 'neighbourhood',
  neighbourhood: 'neighbourhood',
};

const REASONS = {
  missing: (field: string): LocalizedText => ({
    fr: `champ vide : ${field}`,
    en: `empty field: ${field}`,
  }),
  badDate: { fr: 'date de naissance invalide', en: 'invalid birth date' },
  duplicate: {
    fr: 'personne déjà présente dans le recensement',
    en: 'person already in the census',
  },
  malformed: (detail: string): LocalizedText => ({
    fr: `ligne mal formée (${detail})`,
    en: `malformed line (${detail})`,
  }),
};

const REQUIRED_COLUMNS = ['lastName', 'firstNames', 'birthDate', 'neighbourhood'];

const HEADER_ERROR = DomainError.badInput([
  {
    field: 'input.csv',
    message: {
      fr: "la première ligne doit nommer les colonnes : nom, prenoms, date_naissance, quartier (rien n'a été importé)",
      en: 'the first line must name the columns: last_name, first_names, birth_date, neighbourhood (nothing was imported)',
    },
  },
]);

const ALREADY_LINKED = () =>
  new DomainError('CONFLICT', {
    fr: 'Votre compte est déjà rattaché à une entrée du recensement.',
    en: 'Your account is already linked to a census entry.',
  });

/** Also the answer when another account holds the entry: the caller must not learn which. */
const NO_MATCH = new DomainError('NOT_FOUND', {
  fr: 'Aucune entrée libre du recensement ne correspond à ces informations. Vérifiez-les, ou adressez-vous à la mairie.',
  en: 'No unclaimed census entry matches this information. Check it, or contact the town hall.',
});

/** The id a contested claims' cursor carries (a bigint, as text). */
function contestedCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, 1);
  if (typeof id === 'string' && /^\d{1,18}$/.test(id)) return id;
  throw DomainError.badInput([
    { field: 'after', message: { fr: 'curseur invalide', en: 'invalid cursor' } },
  ]);
}

/** Verified residency: by an agent, or by claiming an entry of an imported census list (SPEC §1). */
@Injectable()
export class ResidencyService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
    private readonly rateLimiter: RateLimiter,
    private readonly claims: CensusClaimsRepository,
  ) {}

  async verifyByAgent(agent: Actor, accountId: string, neighbourhood: string): Promise<Account> {
    return this.tx.run(async (em) => {
      const account = await em.findOneBy(Account, { id: accountId });
      if (!account || account.deletedAt) {
        throw DomainError.notFound({ fr: 'Compte introuvable.', en: 'Account not found.' });
      }
      const before = { method: account.residencyMethod };
      return this.setResidency(em, account, normalizeName(neighbourhood), 'AGENT', agent, before);
    });
  }

  /**
   * Claims the entry matching the typed data. An entry someone else holds is answered exactly as
   * no entry (no census oracle) and recorded for agents; claiming one's own entry again succeeds.
   */
  async claim(actor: Actor, person: CensusPerson): Promise<Account> {
    await this.rateLimiter.consume([['claim-residency:account', actor.accountId]]);
    const birthDate = normalizeBirthDate(person.birthDate);
    if (!birthDate)
      throw DomainError.badInput([{ field: 'input.birthDate', message: REASONS.badDate }]);
    const entryHash = censusEntryHash(this.config.CENSUS_HASH_KEY, person, birthDate);
    const account = await this.tx.run(async (em) => {
      const row = await this.claims
        .claim(em, actor.accountId, entryHash)
        .catch((error: unknown) => {
          // A concurrent claim by the same account won the unique constraint on claimed_by.
          if ((error as { driverError?: { code?: string } }).driverError?.code === '23505')
            throw ALREADY_LINKED();
          throw error;
        });
      if (row.entryId && !row.claimedId && !row.mineId && !row.holderId)
        row.holderId = await this.claims.holderOf(em, row.entryId);
      const outcome = claimOutcome(row, actor.accountId);
      switch (outcome.kind) {
        case 'claimed':
          return this.setResidency(
            em,
            await em.findOneByOrFail(Account, { id: actor.accountId }),
            normalizeName(person.neighbourhood),
            'CENSUS',
            actor,
            null,
          );
        case 'already-mine':
          return em.findOneByOrFail(Account, { id: actor.accountId });
        case 'linked-elsewhere':
          throw ALREADY_LINKED();
        case 'contested':
          await this.recordContested(em, outcome.entryId, actor);
          return null; // committed, then answered as no match
        case 'no-match':
          // Audited like a contested claim (one row, no actor, not exported), so that the two
          // answers, alike by design, also take the same way through the database.
          await this.audit.record(em, {
            action: 'resident.census-claim-unmatched',
            objectType: 'census_entry',
          });
          return null;
      }
    });
    if (!account) throw NO_MATCH;
    return account;
  }

  /** Agents: claims of entries another account held, newest first. */
  async contestedClaims(page: PageArgs): Promise<Connection<ContestedResidencyClaim>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const afterId = page.after ? contestedCursor(page.after) : null;
    return this.tx.run(async (em) => {
      const { rows, totalCount } = await this.claims.contested(em, first + 1, afterId);
      const ids = [
        ...new Set(rows.flatMap((r) => [r.claimantId, ...(r.holderId ? [r.holderId] : [])])),
      ];
      const accounts = new Map(
        (ids.length ? await em.findBy(Account, { id: In(ids) }) : []).map((a) => [a.id, a]),
      );
      const nodes = rows.map((r) => ({
        id: r.id,
        claimedAt: r.claimedAt,
        censusEntryId: r.entryId,
        censusImportId: r.importId,
        claimant: accountOverview(accounts.get(r.claimantId)!),
        currentHolder: r.holderId ? accountOverview(accounts.get(r.holderId)!) : null,
      }));
      return toConnection(nodes, first, totalCount, (node) => [node.id]);
    });
  }

  /**
   * Reads the CSV as a stream and writes it in batches, in one transaction: a row that cannot be
   * read is reported with its line and the reason, never fatal to the others.
   */
  async importCensus(agent: Actor, csv: Readable | string): Promise<CensusImportReport> {
    const source = typeof csv === 'string' ? Readable.from([csv]) : csv;
    const locale = currentLocale();
    return this.tx.run(async (em) => {
      const [{ id: importId }]: { id: string }[] = await em.query(
        `INSERT INTO census_import (imported_by, accepted, rejected) VALUES ($1, 0, 0) RETURNING id`,
        [agent.accountId],
      );
      const rejections: { line: number; reason: LocalizedText }[] = [];
      let rejected = 0;
      let accepted = 0;
      const reject = (line: number, reason: LocalizedText) => {
        rejected += 1;
        if (rejections.length < MAX_REJECTIONS_LISTED) rejections.push({ line, reason });
      };
      let batch: { line: number; hash: string }[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        const inserted: { entry_hash: string }[] = await em.query(
          `INSERT INTO census_entry (entry_hash, import_id)
           SELECT h, $2 FROM unnest($1::text[]) AS h ON CONFLICT DO NOTHING RETURNING entry_hash`,
          [batch.map((b) => b.hash), importId],
        );
        const fresh = new Set(inserted.map((r) => r.entry_hash));
        for (const row of batch) {
          if (fresh.has(row.hash)) {
            fresh.delete(row.hash);
            accepted += 1;
          } else reject(row.line, REASONS.duplicate);
        }
        batch = [];
      };

      const parser = source.pipe(
        parse({
          bom: true,
          delimiter: [',', ';'],
          trim: true,
          skip_empty_lines: true,
          columns: (header: string[]) => {
            const mapped = header.map((h) => COLUMNS[normalizeName(h).replace(/ /g, '_')] ?? h);
            headerOk = REQUIRED_COLUMNS.every((column) => (mapped as string[]).includes(column));
            return mapped;
          },
          skip_records_with_error: true,
          info: true,
        }),
      );
      let headerOk = true;
      let unclosedQuoteLine: number | null = null;
      parser.on('skip', (error: CsvError) => {
        if (error.code === 'CSV_QUOTE_NOT_CLOSED')
          unclosedQuoteLine ??= Number((error as unknown as { lines?: number }).lines ?? 0);
        reject(
          Number((error as unknown as { lines?: number }).lines ?? 0),
          REASONS.malformed(error.code),
        );
      });
      for await (const { record, info } of parser as AsyncIterable<{
        record: Partial<Record<keyof CensusPerson, string>>;
        info: { lines: number };
      }>) {
        if (!headerOk) throw HEADER_ERROR;
        const missing = (['lastName', 'firstNames', 'birthDate', 'neighbourhood'] as const).find(
          (field) => !record[field],
        );
        if (missing) {
          reject(info.lines, REASONS.missing(missing));
          continue;
        }
        const person = record as CensusPerson;
        const birthDate = normalizeBirthDate(person.birthDate);
        if (!birthDate) {
          reject(info.lines, REASONS.badDate);
          continue;
        }
        batch.push({
          line: info.lines,
          hash: censusEntryHash(this.config.CENSUS_HASH_KEY, person, birthDate),
        });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      if (!headerOk) throw HEADER_ERROR;
      if (unclosedQuoteLine !== null) {
        // The parser cannot tell where the quoted field ends: what follows is lost, so nothing is kept.
        throw DomainError.badInput([
          {
            field: 'input.csv',
            message: {
              fr: `guillemet non fermé (ligne ${unclosedQuoteLine} ou avant) : rien n'a été importé`,
              en: `unclosed quote (line ${unclosedQuoteLine} or before): nothing was imported`,
            },
          },
        ]);
      }
      await em.update(CensusImport, { id: importId }, { accepted, rejected });
      await this.audit.record(em, {
        actorId: agent.accountId,
        actorRole: agent.role,
        action: 'census.imported',
        objectType: 'census_import',
        objectId: importId,
        after: { accepted, rejected },
      });
      return {
        importId,
        accepted,
        rejected,
        rejections: rejections.map((r) => ({ line: r.line, reason: r.reason[locale] })),
      };
    });
  }

  /** For agents only: the audit names no claimant (exports by actor would tell them). */
  private async recordContested(em: EntityManager, entryId: string, actor: Actor): Promise<void> {
    const claimId = await this.claims.recordContested(em, entryId, actor.accountId);
    await this.audit.record(em, {
      action: 'resident.census-claim-contested',
      objectType: 'census_entry',
      objectId: entryId,
      after: { contestedClaimId: claimId },
    });
  }

  private async setResidency(
    em: EntityManager,
    account: Account,
    neighbourhood: string,
    method: 'AGENT' | 'CENSUS',
    actor: Actor,
    before: object | null,
  ): Promise<Account> {
    account.residencyNeighbourhood = neighbourhood;
    account.residencyMethod = method;
    account.residencyVerifiedAt = new Date();
    await em.save(account);
    await this.audit.record(em, {
      actorId: actor.accountId,
      actorRole: actor.role,
      action: method === 'AGENT' ? 'resident.verified' : 'resident.census-claimed',
      objectType: 'account',
      objectId: account.id,
      before,
      // The neighbourhood is personal (where someone lives): the account row holds it, erasable.
      after: { method },
    });
    return account;
  }
}
