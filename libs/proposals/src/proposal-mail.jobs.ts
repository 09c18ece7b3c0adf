import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import {
  HandlesJob,
  JobContext,
  JobHandler,
  Mailer,
  PermanentJobError,
  ProposalEventPayload,
} from '@quorum/notifications';

interface Recipient {
  account_id: string;
  email: string;
  display_name: string;
  locale: 'fr' | 'en';
  relation: 'AUTHOR' | 'SUPPORTER' | 'CHAIR';
}

/**
 * Tells the author, the supporters and the council's chair and co-chair that a proposal qualified.
 * One message per person, each under its own delivery key: a retry sends only what is missing.
 * (The notifications issue replaces this with preferences, in-app messages and batched fan-out.)
 */
@Injectable()
@HandlesJob('proposal.qualified')
export class ProposalQualifiedJob implements JobHandler<ProposalEventPayload> {
  private readonly logger = new Logger(ProposalQualifiedJob.name);

  constructor(
    private readonly tx: TransactionService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async handle({ outboxId, payload }: JobContext<ProposalEventPayload>): Promise<void> {
    const { proposal, recipients } = await this.tx.run(async (em) => {
      const [proposal]: { title: string; council_id: string }[] = await em.query(
        `SELECT title, council_id FROM proposal WHERE id = $1`,
        [payload.proposalId],
      );
      if (!proposal) return { proposal: null, recipients: [] as Recipient[] };
      // Each person once, with the closest relation (author before chair before supporter).
      const recipients: Recipient[] = await em.query(
        `SELECT DISTINCT ON (a.id) a.id AS account_id, a.email, a.display_name, a.locale, r.relation
           FROM (SELECT author_id AS account_id, 'AUTHOR' AS relation, 0 AS rank FROM proposal WHERE id = $1
                 UNION ALL
                 SELECT account_id, 'CHAIR', 1 FROM council_membership
                  WHERE council_id = $2 AND role IN ('CHAIR', 'CO_CHAIR') AND ended_at IS NULL
                    AND term_start <= current_date AND term_end >= current_date
                 UNION ALL
                 SELECT account_id, 'SUPPORTER', 2 FROM proposal_support WHERE proposal_id = $1) r
           JOIN account a ON a.id = r.account_id
          WHERE a.email IS NOT NULL AND a.deleted_at IS NULL
          ORDER BY a.id, r.rank`,
        [payload.proposalId, proposal.council_id],
      );
      return { proposal, recipients };
    });
    if (!proposal) return;
    const link = `${this.config.publicUrl}/propositions/${payload.proposalId}`;
    for (const person of recipients) {
      // One refused address must not deprive the others: it is logged and skipped.
      await this.mailer
        .send(
          `proposal-qualified-${outboxId}-${person.account_id}`,
          person.email,
          'proposal-qualified',
          {
            displayName: person.display_name,
            title: proposal.title,
            link,
            relation: person.relation,
          },
          person.locale,
        )
        .catch((error: unknown) => {
          if (!(error instanceof PermanentJobError)) throw error;
          this.logger.warn(
            { err: error, accountId: person.account_id },
            'Qualified-proposal e-mail refused',
          );
        });
    }
  }
}
