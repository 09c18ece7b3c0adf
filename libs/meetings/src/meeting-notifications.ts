import { Injectable } from '@nestjs/common';
import {
  BallotEventPayload,
  DeadlinePayload,
  MeetingConvenedPayload,
  MeetingEventPayload,
  MinutesEventPayload,
} from '@quorum/outbox';
import { notice, NotifiesOn } from '@quorum/notifications';
import { meetingAccessibility, meetingPlaceWarning } from '@quorum/places';
import { EntityManager } from 'typeorm';
import { MeetingNoticesRepository } from './meeting-notices.repository';
import { formatDateFr } from './minutes/minutes-document';

/*
 * notice() builds sources that Nest constructs without arguments; the repository holds no state
 * (each method takes the fan-out's EntityManager), so one instance serves them all.
 */
const read = new MeetingNoticesRepository();

async function meetingFacts(em: EntityManager, { meetingId }: MeetingEventPayload) {
  const m = await read.meeting(em, meetingId);
  if (!m) return null;
  // A place of the register: what the register says now, as the meeting page and the warning do.
  const { accessible, accessibilityDetails } = m.registered
    ? meetingAccessibility(m.registered, m.accessibilityDetails)
    : m;
  const details = accessibilityDetails ? ` (${accessibilityDetails})` : '';
  return {
    council: m.council,
    when: formatDateFr(new Date(m.startsAt)),
    place: m.place,
    accessibility: `${accessible ? 'accessible' : 'non accessible'} aux personnes à mobilité réduite${details}`,
    /** The register's warning when the place is not accessible, said first in the convocation. */
    warning: m.registered ? meetingPlaceWarning(m.registered) : null,
    isPublic: m.isPublic,
    cancelReason: m.cancelReason,
    agenda: m.agenda.map((title, i) => `${i + 1}. ${title}`).join('\n'),
    path: `/seances/${meetingId}`,
  };
}

const ballotFacts = (em: EntityManager, { ballotId }: BallotEventPayload) =>
  read.ballot(em, ballotId);

async function minutesFacts(em: EntityManager, { minutesId }: MinutesEventPayload) {
  const n = await read.minutes(em, minutesId);
  return n ? { ...n, when: formatDateFr(new Date(n.starts_at)) } : null;
}

/** The convocation (SPEC §4): members always at once (the fan-out sees to it), followers per their choice. */
@Injectable()
@NotifiesOn('meeting.convened')
export class MeetingConvenedNotice extends notice(
  (p: MeetingConvenedPayload) => read.membersAndFollowers('meeting', p.meetingId),
  meetingFacts,
  (m, p) => ({
    title: `${p.agendaUpdate ? 'Ordre du jour mis à jour' : 'Convocation'} : ${m.council}, ${m.when}`,
    body: [
      p.agendaUpdate
        ? `L'ordre du jour de la séance du ${m.when} a été mis à jour. Voici l'ordre du jour à jour.`
        : `Séance du ${m.council} le ${m.when}.`,
      ...(m.warning ? [`⚠ ${m.warning}`] : []),
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
  (p: MeetingEventPayload) => read.membersAndFollowers('meeting', p.meetingId),
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
  (p: MeetingEventPayload) => read.membersAndFollowers('meeting', p.meetingId),
  meetingFacts,
  (m) => ({
    title: `Rappel : séance du ${m.council} demain`,
    body: `${m.warning ? `⚠ ${m.warning}\n\n` : ''}La séance a lieu le ${m.when}, ${m.place}. Accessibilité : ${m.accessibility}.\n\nOrdre du jour :\n${m.agenda}`,
    path: m.path,
  }),
) {}

@Injectable()
@NotifiesOn('ballot.opened')
export class BallotOpenedNotice extends notice(
  (p: BallotEventPayload) => read.members('ballot', p.ballotId),
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
  (p: BallotEventPayload) => read.membersAndFollowers('ballot', p.ballotId),
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
  (p: MinutesEventPayload) => read.membersAndFollowers('minutes', p.minutesId),
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
  () => read.agents(),
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
