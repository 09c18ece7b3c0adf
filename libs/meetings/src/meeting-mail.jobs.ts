import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@quorum/core';
import { MembershipService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import {
  HandlesJob,
  JobContext,
  JobHandler,
  Mailer,
  MailTemplateName,
  MeetingConvenedPayload,
  MeetingEventPayload,
  PermanentJobError,
} from '@quorum/notifications';
import { formatDateFr } from './minutes/minutes-document';

/** Sends one meeting message to every member in office, each under its own delivery key. */
@Injectable()
export class MeetingMail {
  private readonly logger = new Logger(MeetingMail.name);

  constructor(
    private readonly tx: TransactionService,
    private readonly memberships: MembershipService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
  ) {}

  async toMembers(
    outboxId: string,
    meetingId: string,
    template: MailTemplateName & ('meeting-convocation' | 'meeting-cancelled'),
    agendaUpdate = false,
  ): Promise<void> {
    const loaded = await this.tx.run(async (em) => {
      const [meeting]: {
        council_id: string;
        council_name: string;
        starts_at: Date;
        place: string;
        accessible: boolean;
        accessibility_details: string | null;
        is_public: boolean;
        cancel_reason: string | null;
      }[] = await em.query(
        `SELECT m.council_id, c.name AS council_name, m.starts_at, m.place, m.accessible, m.accessibility_details,
                m.is_public, m.cancel_reason
           FROM meeting m JOIN council c ON c.id = m.council_id WHERE m.id = $1`,
        [meetingId],
      );
      if (!meeting) return null;
      const agenda: { title: string }[] = await em.query(
        `SELECT title FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`,
        [meetingId],
      );
      const members = await this.memberships.membersInOffice(em, meeting.council_id);
      return { meeting, agenda, members };
    });
    if (!loaded) return; // the meeting is gone: nothing to say
    const { meeting, agenda, members } = loaded;
    for (const member of members) {
      if (!member.email) continue;
      const en = member.locale === 'en';
      // One refused address must not deprive the others: it is logged and skipped.
      await this.mailer
        .send(
          `${template}-${outboxId}-${member.accountId}`,
          member.email,
          template,
          {
            displayName: member.displayName,
            councilName: meeting.council_name,
            when: formatDateFr(new Date(meeting.starts_at)),
            place: meeting.place,
            accessibility: meeting.accessible
              ? `${en ? 'accessible to people with reduced mobility' : 'accessible aux personnes à mobilité réduite'}${
                  meeting.accessibility_details ? ` (${meeting.accessibility_details})` : ''
                }`
              : `${en ? 'not accessible to people with reduced mobility' : 'non accessible aux personnes à mobilité réduite'}${
                  meeting.accessibility_details ? ` (${meeting.accessibility_details})` : ''
                }`,
            isPublic: meeting.is_public,
            agenda: agenda.map((item) => item.title),
            link: `${this.config.publicUrl}/seances/${meetingId}`,
            agendaUpdate,
            reason: meeting.cancel_reason ?? undefined,
          },
          member.locale,
        )
        .catch((error: unknown) => {
          if (!(error instanceof PermanentJobError)) throw error;
          this.logger.warn({ err: error, accountId: member.accountId }, 'Meeting e-mail refused');
        });
    }
  }
}

/** The convocation with the agenda, to every member (SPEC §4). */
@Injectable()
@HandlesJob('meeting.convened')
export class MeetingConvenedJob implements JobHandler<MeetingConvenedPayload> {
  constructor(private readonly mail: MeetingMail) {}

  handle({ outboxId, payload }: JobContext<MeetingConvenedPayload>): Promise<void> {
    return this.mail.toMembers(
      outboxId,
      payload.meetingId,
      'meeting-convocation',
      payload.agendaUpdate,
    );
  }
}

@Injectable()
@HandlesJob('meeting.cancelled')
export class MeetingCancelledJob implements JobHandler<MeetingEventPayload> {
  constructor(private readonly mail: MeetingMail) {}

  handle({ outboxId, payload }: JobContext<MeetingEventPayload>): Promise<void> {
    return this.mail.toMembers(outboxId, payload.meetingId, 'meeting-cancelled');
  }
}
