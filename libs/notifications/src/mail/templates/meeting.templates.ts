import { MailTemplate } from './mail-template';

export interface MeetingMailParams {
  displayName: string;
  councilName: string;
  /** Already formatted in the town's time zone. */
  when: string;
  place: string;
  accessibility: string;
  isPublic: boolean;
  agenda: string[];
  link: string;
  agendaUpdate?: boolean;
  reason?: string;
}

/** The convocation (SPEC §4): date, place, accessibility and the agenda, to every member. */
export const meetingConvocationTemplate: MailTemplate<MeetingMailParams> = {
  subject: (p, locale) =>
    locale === 'en'
      ? `${p.agendaUpdate ? 'Agenda updated' : 'Convocation'}: ${p.councilName}, ${p.when}`
      : `${p.agendaUpdate ? 'Ordre du jour mis à jour' : 'Convocation'} : ${p.councilName}, ${p.when}`,
  paragraphs: (p, locale) =>
    locale === 'en'
      ? [
          `Hello ${p.displayName},`,
          p.agendaUpdate
            ? `The agenda of the meeting of ${p.councilName} on ${p.when} was updated by the opposition.`
            : `You are convened to the meeting of ${p.councilName} on ${p.when}.`,
          `Place: ${p.place} (${p.isPublic ? 'open to the public' : 'closed session'}). Accessibility: ${p.accessibility}.`,
          `Agenda:\n${p.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n')}`,
          'If you cannot attend, you may give your proxy to a member who will be present.',
        ]
      : [
          `Bonjour ${p.displayName},`,
          p.agendaUpdate
            ? `L'ordre du jour de la séance du ${p.councilName} du ${p.when} a été mis à jour par l'opposition.`
            : `Vous êtes convoqué·e à la séance du ${p.councilName} le ${p.when}.`,
          `Lieu : ${p.place} (${p.isPublic ? 'séance publique' : 'séance à huis clos'}). Accessibilité : ${p.accessibility}.`,
          `Ordre du jour :\n${p.agenda.map((item, i) => `${i + 1}. ${item}`).join('\n')}`,
          'En cas d’empêchement, vous pouvez donner pouvoir à un membre présent.',
        ],
  action: (p, locale) => ({
    label: locale === 'en' ? 'See the meeting' : 'Voir la séance',
    url: p.link,
  }),
};

export const meetingCancelledTemplate: MailTemplate<MeetingMailParams> = {
  subject: (p, locale) =>
    locale === 'en'
      ? `Meeting cancelled: ${p.councilName}, ${p.when}`
      : `Séance annulée : ${p.councilName}, ${p.when}`,
  paragraphs: (p, locale) =>
    locale === 'en'
      ? [
          `Hello ${p.displayName},`,
          `The meeting of ${p.councilName} on ${p.when} is cancelled.`,
          `Reason: ${p.reason ?? '—'}`,
        ]
      : [
          `Bonjour ${p.displayName},`,
          `La séance du ${p.councilName} du ${p.when} est annulée.`,
          `Motif : ${p.reason ?? '—'}`,
        ],
  action: (p, locale) => ({
    label: locale === 'en' ? 'See the meeting' : 'Voir la séance',
    url: p.link,
  }),
};
