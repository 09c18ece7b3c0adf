import { Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { apiPage, AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Allow, Anyone } from '@quorum/identity';
import { DeliveriesService } from '../fan-out/deliveries.service';
import { escapeHtml } from '../mail/templates/escape-html';
import { NOTIFICATION_EVENTS, NotificationEventType } from '../fan-out/notification-events';
import { readUnsubscribeToken } from '../fan-out/unsubscribe-token';
type Response = { status(code: number): unknown };

const page = (title: string, body: string) => apiPage(escapeHtml(title), body);

/**
 * One-click unsubscribe (RFC 8058), without an account: GET shows a confirmation (mail scanners
 * follow links, so it changes nothing); POST, from the button or from the mail client, turns the
 * e-mails of that event type off for the link's own person. A link works once.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tx: TransactionService,
    private readonly config: AppConfig,
  ) {}

  @Get(':token')
  @Allow(Anyone)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  confirm(@Param('token') token: string, @Res({ passthrough: true }) res: Response): string {
    if (!readUnsubscribeToken(this.config.JWT_SECRET, token)) {
      res.status(404);
      return page('Lien invalide', '<p>Ce lien de désinscription n’est pas valide.</p>');
    }
    return page(
      'Ne plus recevoir ces e-mails',
      `<form method="post"><p>Confirmez-vous ne plus recevoir ces e-mails ? Les notifications restent visibles dans Quorum.</p>` +
        `<button type="submit">Me désinscrire</button></form>`,
    );
  }

  @Post(':token')
  @Allow(Anyone)
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  async unsubscribe(
    @Param('token') token: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const read = readUnsubscribeToken(this.config.JWT_SECRET, token);
    if (!read) {
      res.status(404);
      return page('Lien invalide', '<p>Ce lien de désinscription n’est pas valide.</p>');
    }
    const outcome = await this.tx.run(async (em) => {
      const [target]: { account_id: string; event_type: string | null }[] =
        read.kind === 'e'
          ? await em.query(`SELECT account_id, event_type FROM notification_email WHERE id = $1`, [
              read.id,
            ])
          : await em.query(
              `SELECT account_id, NULL AS event_type FROM notification_digest WHERE id = $1`,
              [read.id],
            );
      if (!target) return 'unknown' as const;
      const fresh: unknown[] = await em.query(
        `INSERT INTO notification_once (key) VALUES ($1) ON CONFLICT DO NOTHING RETURNING key`,
        [`unsubscribe-${read.kind}-${read.id}`],
      );
      if (fresh.length === 0) return 'used' as const;
      // An e-mail's link turns off its event type; a digest's link, every type sent in digests.
      const types: NotificationEventType[] = target.event_type
        ? [target.event_type as NotificationEventType]
        : (
            (await em.query(
              `SELECT DISTINCT event_type FROM notification_email WHERE digest_id = $1 ORDER BY 1`,
              [read.id],
            )) as { event_type: NotificationEventType }[]
          ).map((row) => row.event_type);
      for (const type of types) {
        await em.query(
          `INSERT INTO notification_preference (account_id, event_type, mode) VALUES ($1, $2, 'OFF')
           ON CONFLICT (account_id, event_type) DO UPDATE SET mode = 'OFF', updated_at = clock_now()`,
          [target.account_id, type],
        );
      }
      await DeliveriesService.dropWaiting(em, target.account_id, types);
      return types;
    });
    if (outcome === 'unknown') {
      res.status(404);
      return page('Lien invalide', '<p>Ce lien de désinscription n’est pas valide.</p>');
    }
    if (outcome === 'used') {
      res.status(410);
      return page(
        'Lien déjà utilisé',
        '<p>Ce lien a déjà servi. Vos préférences se changent aussi dans votre compte.</p>',
      );
    }
    const labels = outcome
      .map((type) => `<li>${escapeHtml(NOTIFICATION_EVENTS[type].label)}</li>`)
      .join('');
    return page(
      'Désinscription enregistrée',
      `<p>Vous ne recevrez plus d’e-mail pour :</p><ul>${labels}</ul>`,
    );
  }
}
