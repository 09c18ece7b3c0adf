import { Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { apiPage, AppConfig } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { Allow, Anyone } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { NotificationDigestRepository } from '../fan-out/notification-digest.repository';
import { NotificationEmailRepository } from '../fan-out/notification-email.repository';
import { NOTIFICATION_EVENTS, NotificationEventType } from '../fan-out/notification-events';
import { NotificationPreferenceRepository } from '../fan-out/notification-preference.repository';
import { readUnsubscribeToken } from '../fan-out/unsubscribe-token';
import { escapeHtml } from '../mail/templates/escape-html';
import { typesTurnedOff, unsubscribeOnceKey } from '../rules/deliveries';
type Response = { status(code: number): unknown };

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
    private readonly outbox: OutboxService,
    private readonly emails: NotificationEmailRepository,
    private readonly digests: NotificationDigestRepository,
    private readonly preferences: NotificationPreferenceRepository,
  ) {}

  /** A page in the site's look and the town's colour. */
  private page(title: string, body: string): string {
    return apiPage(escapeHtml(title), body, {
      color: this.config.TOWN_COLOR,
      escapedName: escapeHtml(this.config.TOWN_NAME),
    });
  }

  @Get(':token')
  @Allow(Anyone)
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  confirm(@Param('token') token: string, @Res({ passthrough: true }) res: Response): string {
    if (!readUnsubscribeToken(this.config.JWT_SECRET, token)) {
      res.status(404);
      return this.page('Lien invalide', '<p>Ce lien de désinscription n’est pas valide.</p>');
    }
    return this.page(
      'Ne plus recevoir ces e-mails',
      `<form method="post"><p>Confirmez-vous ne plus recevoir ces e-mails\u202f? Les notifications restent visibles dans Quorum.</p>` +
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
      return this.page('Lien invalide', '<p>Ce lien de désinscription n’est pas valide.</p>');
    }
    const outcome = await this.tx.run(async (em) => {
      const target =
        read.kind === 'e'
          ? await this.emails.owner(em, read.id)
          : await this.digests.owner(em, read.id);
      if (!target) return 'unknown' as const;
      if (!(await this.outbox.claimOnce(em, unsubscribeOnceKey(read.kind, read.id))))
        return 'used' as const;
      const types = typesTurnedOff<NotificationEventType>(
        { eventType: target.event_type },
        read.kind === 'd' ? await this.emails.typesInDigest(em, read.id) : [],
      );
      for (const type of types) await this.preferences.set(em, target.account_id, type, 'OFF');
      await this.emails.dropWaiting(em, target.account_id, types);
      return types;
    });
    if (outcome === 'unknown') {
      res.status(404);
      return this.page('Lien invalide', '<p>Ce lien de désinscription n’est pas valide.</p>');
    }
    if (outcome === 'used') {
      res.status(410);
      return this.page(
        'Lien déjà utilisé',
        '<p>Ce lien a déjà servi. Vos préférences se changent aussi dans votre compte.</p>',
      );
    }
    const labels = outcome
      .map((type) => `<li>${escapeHtml(NOTIFICATION_EVENTS[type].label)}</li>`)
      .join('');
    return this.page(
      'Désinscription enregistrée',
      `<p>Vous ne recevrez plus d’e-mail pour\u00a0:</p><ul>${labels}</ul>`,
    );
  }
}
