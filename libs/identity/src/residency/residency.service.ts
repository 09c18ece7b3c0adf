import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Connection,
  currentLocale,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  LocalizedText,
  PageArgs,
  RateLimiter,
  toConnection,
} from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { CsvError, parse } from 'csv-parse';
import { EntityManager } from 'typeorm';
import { Account, ResidencyMethod } from '../accounts/account.entity';
import { AccountRepository } from '../accounts/account.repository';
import { accountOverview } from '../accounts/account.view';
import { Actor } from '../authorization/actor';
import {
  ACCOUNT_NOT_FOUND,
  ALREADY_LINKED,
  BAD_BIRTH_DATE,
  CENSUS_HEADER_INVALID,
  CENSUS_QUOTE_NOT_CLOSED,
  CENSUS_REJECTIONS,
  INVALID_CURSOR,
  NO_CENSUS_MATCH,
} from '../identity.errors';
import { CensusClaimsRepository } from './census-claims.repository';
import { CensusImportRepository } from './census-import.repository';
import { claimOutcome, mustRereadHolder } from './claim-outcome';
import {
  CensusPerson,
  censusEntryHash,
  normalizeBirthDate,
  normalizeName,
} from './census-normalizer';
import { CensusImportReport, ContestedResidencyClaim } from './residency.types';
import { censusColumns, CensusRecord, readCensusRecord } from './rules/census-row';

const BATCH = 500;
const MAX_REJECTIONS_LISTED = 200;

/** The id a contested claims' cursor carries (a bigint, as text). */
function contestedCursor(cursor: string): string {
  const [id] = decodeCursor(cursor, 1);
  if (typeof id === 'string' && /^\d{1,18}$/.test(id)) return id;
  throw INVALID_CURSOR();
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
    private readonly imports: CensusImportRepository,
    private readonly accounts: AccountRepository,
  ) {}

  async verifyByAgent(agent: Actor, accountId: string, neighbourhood: string): Promise<Account> {
    return this.tx.run(async (em) => {
      const account = await this.accounts.byId(em, accountId);
      if (!account || account.deletedAt) throw ACCOUNT_NOT_FOUND();
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
    if (!birthDate) throw BAD_BIRTH_DATE();
    const entryHash = censusEntryHash(this.config.CENSUS_HASH_KEY, person, birthDate);
    const account = await this.tx.run(async (em) => {
      const row = await this.claims.claim(em, actor.accountId, entryHash);
      // A concurrent claim by the same account won the unique constraint on claimed_by.
      if (!row) throw ALREADY_LINKED();
      if (row.entryId && mustRereadHolder(row))
        row.holderId = await this.claims.holderOf(em, row.entryId);
      const outcome = claimOutcome(row, actor.accountId);
      switch (outcome.kind) {
        case 'claimed':
          return this.setResidency(
            em,
            await this.accounts.get(em, actor.accountId),
            normalizeName(person.neighbourhood),
            'CENSUS',
            actor,
            null,
          );
        case 'already-mine':
          return this.accounts.get(em, actor.accountId);
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
    if (!account) throw NO_CENSUS_MATCH();
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
      const accounts = await this.accounts.byIds(em, ids);
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
      const importId = await this.imports.start(em, agent.accountId);
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
        const fresh = await this.imports.addEntries(
          em,
          importId,
          batch.map((b) => b.hash),
        );
        for (const row of batch) {
          if (fresh.has(row.hash)) {
            fresh.delete(row.hash);
            accepted += 1;
          } else reject(row.line, CENSUS_REJECTIONS.duplicate);
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
            const { columns, complete } = censusColumns(header);
            headerOk = complete;
            return columns;
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
          CENSUS_REJECTIONS.malformed(error.code),
        );
      });
      for await (const { record, info } of parser as AsyncIterable<{
        record: CensusRecord;
        info: { lines: number };
      }>) {
        if (!headerOk) throw CENSUS_HEADER_INVALID();
        const read = readCensusRecord(record);
        if ('rejected' in read) {
          reject(info.lines, read.rejected);
          continue;
        }
        batch.push({
          line: info.lines,
          hash: censusEntryHash(this.config.CENSUS_HASH_KEY, read.person, read.birthDate),
        });
        if (batch.length >= BATCH) await flush();
      }
      await flush();
      if (!headerOk) throw CENSUS_HEADER_INVALID();
      // The parser cannot tell where the quoted field ends: what follows is lost, so nothing is kept.
      if (unclosedQuoteLine !== null) throw CENSUS_QUOTE_NOT_CLOSED(unclosedQuoteLine);
      await this.imports.finish(em, importId, { accepted, rejected });
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
    method: ResidencyMethod,
    actor: Actor,
    before: object | null,
  ): Promise<Account> {
    account.residencyNeighbourhood = neighbourhood;
    account.residencyMethod = method;
    account.residencyVerifiedAt = new Date();
    await this.accounts.setResidency(em, account.id, {
      neighbourhood,
      method,
      verifiedAt: account.residencyVerifiedAt,
    });
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
