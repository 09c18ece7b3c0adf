import { Injectable } from '@nestjs/common';
import { queryRows } from '@quorum/db';
import type { DeadlinesNear } from '@quorum/outbox';
import { EntityManager } from 'typeorm';

/** The proposal's council, as a subquery on `$1` (the proposal's id). */
const COUNCIL = `(SELECT council_id FROM proposal WHERE id = $1)`;

/**
 * Who hears of a proposal: each selects `account_id, relation`, with `$1` the proposal's id. The
 * chairs in office are councils' `council_member_in_office`.
 */
export const PROPOSAL_AUDIENCES = {
  council: COUNCIL,
  author: `SELECT author_id AS account_id, 'AUTHOR' AS relation FROM proposal WHERE id = $1`,
  supporters: `SELECT account_id, 'SUPPORTER' AS relation FROM proposal_support WHERE proposal_id = $1`,
  chairs: `SELECT account_id, 'CHAIR' AS relation FROM council_member_in_office
    WHERE council_id = ${COUNCIL} AND role IN ('CHAIR', 'CO_CHAIR')`,
  followers: `SELECT account_id, 'FOLLOWER' AS relation FROM proposal_follower WHERE proposal_id = $1`,
  /** With `$1` a reply: the author of the comment it answers, unless they replied to themselves. */
  repliedTo: `SELECT parent.author_id AS account_id, 'AUTHOR' AS relation
    FROM comment c JOIN comment parent ON parent.id = c.parent_id
   WHERE c.id = $1 AND parent.author_id <> c.author_id`,
};

export interface ProposalFactsRow {
  title: string;
  /** The council's name (councils' `council_directory`). */
  council: string;
  status: string;
  answer: string | null;
  /** DD/MM/YYYY */
  answer_deadline: string | null;
}

export interface ReplyFactsRow {
  proposal_id: string;
  title: string;
  /** The reply's author's public name. */
  author: string;
  hidden: boolean;
}

/** What the notices about proposals and comments say, read when they are delivered. */
@Injectable()
export class ProposalNoticeRepository {
  /**
   * Adopted proposals whose answer is due within a week or late, for the deadline reminders
   * (the stage of each is outbox's rule; the week is only a filter here).
   */
  async answersDueSoon(em: EntityManager): Promise<DeadlinesNear> {
    const [{ today }] = await queryRows<{ today: string }>(
      em,
      `SELECT to_char(clock_now()::date, 'YYYY-MM-DD') AS today`,
    );
    const deadlines = await queryRows<{ id: string; due: string }>(
      em,
      `SELECT id, to_char(answer_deadline, 'YYYY-MM-DD') AS due
         FROM proposal WHERE status = 'ADOPTED' AND answer_deadline <= $1::date + 7`,
      [today],
    );
    return { today, deadlines };
  }

  async proposalFacts(em: EntityManager, id: string): Promise<ProposalFactsRow | undefined> {
    const [row] = await queryRows<ProposalFactsRow>(
      em,
      `SELECT p.title, c.name AS council, p.status, p.answer, to_char(p.answer_deadline, 'DD/MM/YYYY') AS answer_deadline
         FROM proposal p JOIN council_directory c ON c.council_id = p.council_id WHERE p.id = $1`,
      [id],
    );
    return row;
  }

  async replyFacts(em: EntityManager, commentId: string): Promise<ReplyFactsRow | undefined> {
    const [row] = await queryRows<ReplyFactsRow>(
      em,
      `SELECT c.proposal_id, p.title, a.display_name AS author, c.hidden_at IS NOT NULL AS hidden
         FROM comment c JOIN proposal p ON p.id = c.proposal_id
         JOIN account_public_name a ON a.account_id = c.author_id
        WHERE c.id = $1`,
      [commentId],
    );
    return row;
  }
}
