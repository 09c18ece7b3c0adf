import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  Connection,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  PageArgs,
  toConnection,
} from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { AuditService } from '@quorum/transparency';
import { isUUID } from 'class-validator';
import { Actor } from '../authorization/actor';
import { INVALID_CURSOR_FOR_LIST } from '../identity.errors';
import {
  AccountDirectoryRepository,
  AwaitingCursor,
  SearchCursor,
  StaffCursor,
} from './account-directory.repository';
import { isSearchRank, likeLiteral, searchFingerprint } from './account-search';
import { normalizeEmail } from './rules/email';
import { AccountOverview } from './account.types';
import { accountOverview } from './account.view';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;

function searchCursor(after: string): SearchCursor {
  const [rank, name, id] = decodeCursor(after, 3);
  if (!isSearchRank(rank) || typeof name !== 'string' || name.length > 200)
    throw INVALID_CURSOR_FOR_LIST();
  if (typeof id !== 'string' || !isUUID(id)) throw INVALID_CURSOR_FOR_LIST();
  return { rank, name, id };
}

function awaitingCursor(after: string): AwaitingCursor {
  const [createdAt, id] = decodeCursor(after, 2);
  if (typeof createdAt !== 'string' || !TIMESTAMP.test(createdAt)) throw INVALID_CURSOR_FOR_LIST();
  if (typeof id !== 'string' || !isUUID(id)) throw INVALID_CURSOR_FOR_LIST();
  return { createdAt, id };
}

function staffCursor(after: string): StaffCursor {
  const [name, id] = decodeCursor(after, 2);
  if (typeof name !== 'string' || name.length > 200) throw INVALID_CURSOR_FOR_LIST();
  if (typeof id !== 'string' || !isUUID(id)) throw INVALID_CURSOR_FOR_LIST();
  return { name, id };
}

/**
 * How agents and admins find the account they act on (verifyResident, addCouncilMember,
 * setAccountRole). Every look-up is audited with what was asked, in the same transaction as the read.
 */
@Injectable()
export class AccountDirectoryService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly directory: AccountDirectoryRepository,
    private readonly config: AppConfig,
  ) {}

  async search(agent: Actor, query: string, page: PageArgs): Promise<Connection<AccountOverview>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? searchCursor(page.after) : null;
    return this.tx.run(async (em) => {
      const { rows, totalCount } = await this.directory.search(
        em,
        normalizeEmail(query),
        likeLiteral(query),
        after,
        first + 1,
      );
      await this.audit.record(em, {
        actorId: agent.accountId,
        actorRole: agent.role,
        action: 'account.searched',
        objectType: 'account',
        // Neither the text nor the cursor (it holds the last name shown): they name people.
        after: {
          queryFingerprint: searchFingerprint(this.config.CENSUS_HASH_KEY, query),
          nextPage: Boolean(page.after),
          totalCount,
        },
      });
      return this.page(rows, first, totalCount, (row) => [row.rank, row.name, row.id]);
    });
  }

  async awaitingResidency(agent: Actor, page: PageArgs): Promise<Connection<AccountOverview>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? awaitingCursor(page.after) : null;
    return this.tx.run(async (em) => {
      const { rows, totalCount } = await this.directory.awaitingResidency(em, after, first + 1);
      await this.audit.record(em, {
        actorId: agent.accountId,
        actorRole: agent.role,
        action: 'account.awaiting-residency-listed',
        objectType: 'account',
        after: { nextPage: Boolean(page.after), totalCount },
      });
      return this.page(rows, first, totalCount, (row) => [row.cursorKey, row.id]);
    });
  }

  /** For admins: who holds the agent (or admin) role now, to take it back. */
  async staff(admin: Actor, page: PageArgs): Promise<Connection<AccountOverview>> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    const after = page.after ? staffCursor(page.after) : null;
    return this.tx.run(async (em) => {
      const { rows, totalCount } = await this.directory.staff(em, after, first + 1);
      await this.audit.record(em, {
        actorId: admin.accountId,
        actorRole: admin.role,
        action: 'account.staff-listed',
        objectType: 'account',
        after: { nextPage: Boolean(page.after), totalCount },
      });
      return this.page(rows, first, totalCount, (row) => [row.name, row.id]);
    });
  }

  private page<T extends Parameters<typeof accountOverview>[0]>(
    rows: T[],
    first: number,
    totalCount: number,
    keyOf: (row: T) => unknown[],
  ): Connection<AccountOverview> {
    const connection = toConnection(rows, first, totalCount, keyOf);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, node: accountOverview(edge.node) })),
    };
  }
}
