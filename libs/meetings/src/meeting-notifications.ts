import { Injectable } from '@nestjs/common';
import { audiences, notice, NotifiesOn } from '@quorum/notifications';
import { BallotEventPayload, DeadlinePayload, MeetingConvenedPayload, MeetingEventPayload, MinutesEventPayload } from '@quorum/outbox';
import { EntityManager } from 'typeorm';
import { formatDateFr } from './minutes/minutes-document';

/** Members and followers of the council that `$1` (a meeting, ballot or minutes) belongs to. */
const membersAndFollowers = (council: string) =>
  `${audiences.members(council)} UNION ALL ${audiences.followers(council)}`;
const MEETING_COUNCIL = `(SELECT council_id FROM meeting WHERE id = $1)`;
const BALLOT_COUNCIL = `(SELECT m.council_id FROM ballot b JOIN meeting m ON m.id = b.meeting_id WHERE b.id = $1)`;
const MINUTES_COUNCIL = `(SELECT council_id FROM minutes WHERE id = $1)`;
const of = (sql: string, id: string) => ({ sql, params: [id] });
const agents = () => ({ sql: audiences.agents(), params: [] });

async function meetingFacts(em: EntityManager, { meetingId }: MeetingEventPayload) {
  const [m]: {
    council: string;
    starts_at: Date;
    place: string;
    accessible: boolean;
    accessibility_details: string | null;
    is_public: boolean;
    cancel_reason: string | null;
  }[] = await em.query(
    `SELECT c.name AS council, m.starts_at, m.place, m.accessible, m.accessibility_details, m.is_public, m.cancel_reason
       FROM meeting m JOIN council c ON c.id = m.council_id WHERE m.id = $1`,
    [meetingId],
  );
  if (!m) return null;
  const agenda: { title: string }[] = await em.query(
    `SELECT title FROM agenda_item WHERE meeting_id = $1 ORDER BY position, id`,
    [meetingId],
  );
  const details = m.accessibility_details ? ` (${m.accessibility_details})` : '';
  return {
    council: m.council,
    when: formatDateFr(new Date(m.starts_at)),
    place: m.place,
    accessibility: `${m.accessible ? 'accessible' : 'non accessible'} aux personnes à mobilité réduite${details}`,
    isPublic: m.is_public,
    cancelReason: m.cancel_reason,
    agenda: agenda.map((item, i) => `${i + 1}. ${item.title}`).join('\n'),
    path: `/seances/${meetingId}`,
  };
}

async function ballotFacts(em: EntityManager, { ballotId }: BallotEventPayload) {
  const [b]: {
    meeting_id: string;
    council: string;
    title: string;
    secret: boolean;
    for_count: number | null;
    against_count: number | null;
    abstain_count: number | null;
    adopted: boolean | null;
    quorum_held: boolean | null;
  }[] = await em.query(
    `SELECT b.meeting_id, c.name AS council, i.title, b.secret, b.for_count, b.against_count, b.abstain_count,
            b.adopted, b.quorum_held
       FROM ballot b JOIN agenda_item i ON i.id = b.agenda_item_id JOIN meeting m ON m.id = b.meeting_id
       JOIN council c ON c.id = m.council_id WHERE b.id = $1`,
    [ballotId],
  );
  return b ?? null;
}

async function minutesFacts(em: EntityManager, { minutesId }: MinutesEventPayload) {
  const [n]: {
    meeting_id: string;
    council: string;
    starts_at: Date;
    version: number;
    publication_due: string | null;
  }[] = await em.query(
    `SELECT n.meeting_id, c.name AS council, m.starts_at, n.version,
            to_char(n.publication_due, 'DD/MM/YYYY') AS publication_due
       FROM minutes n JOIN meeting m ON m.id = n.meeting_id JOIN council c ON c.id = n.council_id WHERE n.id = $1`,
    [minutesId],
  );
  return n ? { ...n, when: formatDateFr(new Date(n.starts_at)) } : null;
}

/** The convocation (SPEC §4): members always at once (the fan-out sees to it), followers per their choice. */
@Injectable()
@NotifiesOn('meeting.convened')
export class MeetingConvenedNotice extends notice(
  (p: MeetingConvenedPayload) => of(membersAndFollowers(MEETING_COUNCIL), p.meetingId),
  meetingFacts,
  (m, p) => ({
    title: `${p.agendaUpdate ? 'Ordre du jour mis à jour' : 'Convocation'} : ${m.council}, ${m.when}`,
    body: [
      p.agendaUpdate
        ? `L'ordre du jour de la séance du ${m.when} a été mis à jour. Voici l'ordre du jour à jour.`
        : `Séance du ${m.council} le ${m.when}.`,
      `Lieu : ${m.place} (${m.isPublic ? 'séance publique' : 'séance à huis clos'}). Accessibilité : ${m.accessibility}.`,
      `Ordre du jour :\n${m.agenda}`,
      'Membres du conseil : en cas d’empêchement, vous pouvez donner pouvoir à un membre présent.',
    ].join('\n\n'),
    path: m.path,
  }),
) {}

@Injectable()
@NotifiesOn('meeting.cancelled')
export class MeetingCancelledNotice extends notice(
  (p: MeetingEventPayload) => of(membersAndFollowers(MEETING_COUNCIL), p.meetingId),
  meetingFacts,
  (m) => ({
    title: `Séance annulée : ${m.council}, ${m.when}`,
    body: `La séance du ${m.when} est annulée. Motif : ${m.cancelReason ?? '—'}`,
    path: m.path,
  }),
) {}

/** 24 hours before: members and followers. */
@Injectable()
@NotifiesOn('meeting.reminder')
export class MeetingReminderNotice extends notice(
  (p: MeetingEventPayload) => of(membersAndFollowers(MEETING_COUNCIL), p.meetingId),
  meetingFacts,
  (m) => ({
    title: `Rappel : séance du ${m.council} demain`,
    body: `La séance a lieu le ${m.when}, ${m.place}. Accessibilité : ${m.accessibility}.\n\nOrdre du jour :\n${m.agenda}`,
    path: m.path,
  }),
) {}

@Injectable()
@NotifiesOn('ballot.opened')
export class BallotOpenedNotice extends notice(
  (p: BallotEventPayload) => of(audiences.members(BALLOT_COUNCIL), p.ballotId),
  ballotFacts,
  (b) => ({
    title: `Scrutin ${b.secret ? 'secret' : 'public'} ouvert : ${b.title}`,
    body: `Le conseil ${b.council} vote sur « ${b.title} ». Membres présent·es : votez maintenant.`,
    path: `/seances/${b.meeting_id}`,
  }),
) {}

@Injectable()
@NotifiesOn('ballot.closed')
export class BallotClosedNotice extends notice(
  (p: BallotEventPayload) => of(membersAndFollowers(BALLOT_COUNCIL), p.ballotId),
  ballotFacts,
  (b) => ({
    title: `Résultat du scrutin : ${b.title} — ${
      b.quorum_held ? (b.adopted ? 'adopté' : 'rejeté') : 'sans décision (quorum non atteint)'
    }`,
    body: `Conseil ${b.council} : pour ${b.for_count}, contre ${b.against_count}, abstention ${b.abstain_count}.`,
    path: `/seances/${b.meeting_id}`,
  }),
) {}

@Injectable()
@NotifiesOn('minutes.published')
export class MinutesPublishedNotice extends notice(
  (p: MinutesEventPayload) => of(membersAndFollowers(MINUTES_COUNCIL), p.minutesId),
  minutesFacts,
  (n) => ({
    title: `Procès-verbal publié : ${n.council}, séance du ${n.when}`,
    body: `Le procès-verbal${n.version > 1 ? ` (version corrigée n° ${n.version})` : ''} de la séance du ${n.when} est publié.`,
    path: `/seances/${n.meeting_id}`,
  }),
) {}

const STAGE_FR: Record<DeadlinePayload['stage'], string> = {
  DUE_IN_7_DAYS: 'à publier dans 7 jours',
  DUE_TOMORROW: 'à publier demain',
  OVERDUE: 'en retard de publication',
};

/** To the town hall's agents: minutes to publish soon, tomorrow, or late. */
@Injectable()
@NotifiesOn('minutes.publication-due')
export class MinutesPublicationDueNotice extends notice(
  agents,
  (em, p: DeadlinePayload & MinutesEventPayload) => minutesFacts(em, p),
  (n, p) => ({
    title: `Procès-verbal ${STAGE_FR[p.stage]} : ${n.council}`,
    body: `Le procès-verbal de la séance du ${n.when} est adopté ; date limite de publication : ${n.publication_due}.`,
    path: `/seances/${n.meeting_id}`,
  }),
) {}

export const MEETING_NOTICES = [
  MeetingConvenedNotice,
  MeetingCancelledNotice,
  MeetingReminderNotice,
  BallotOpenedNotice,
  BallotClosedNotice,
  MinutesPublishedNotice,
  MinutesPublicationDueNotice,
];
