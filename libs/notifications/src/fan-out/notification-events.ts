import type { JobName } from '@quorum/outbox';

/** What a person can choose per event type, for e-mail (in-app notifications are always kept). */
export const DELIVERY_MODES = ['IMMEDIATE', 'DAILY_DIGEST', 'OFF'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/**
 * The events people are notified of (SPEC §5), their French label and the default e-mail mode.
 * Convocations are always sent at once to the council's members, whatever they chose.
 */
export const NOTIFICATION_EVENTS = {
  'proposal.published': {
    label: 'Nouvelle proposition dans un conseil suivi',
    mode: 'DAILY_DIGEST',
  },
  'proposal.qualified': { label: 'Proposition retenue pour l’ordre du jour', mode: 'IMMEDIATE' },
  'proposal.placed-on-agenda': {
    label: 'Proposition inscrite à l’ordre du jour',
    mode: 'IMMEDIATE',
  },
  'proposal.decided': { label: 'Proposition adoptée ou rejetée', mode: 'IMMEDIATE' },
  'proposal.answered': { label: 'Réponse officielle de la mairie', mode: 'IMMEDIATE' },
  'proposal.answer-due': { label: 'Réponse officielle à donner (agents)', mode: 'IMMEDIATE' },
  'comment.replied': { label: 'Réponse à votre commentaire', mode: 'IMMEDIATE' },
  'meeting.convened': {
    label: 'Convocation à une séance (toujours immédiate pour les membres du conseil)',
    mode: 'IMMEDIATE',
  },
  'meeting.cancelled': { label: 'Séance annulée', mode: 'IMMEDIATE' },
  'meeting.reminder': { label: 'Rappel : séance demain', mode: 'IMMEDIATE' },
  'ballot.opened': { label: 'Scrutin ouvert', mode: 'OFF' },
  'ballot.closed': { label: 'Résultat d’un scrutin', mode: 'DAILY_DIGEST' },
  'minutes.published': { label: 'Procès-verbal publié', mode: 'IMMEDIATE' },
  'minutes.publication-due': { label: 'Procès-verbal à publier (agents)', mode: 'IMMEDIATE' },
  'works.posted': { label: 'Travaux dans un conseil suivi', mode: 'DAILY_DIGEST' },
  'works.detour-changed': { label: 'Itinéraire de déviation modifié', mode: 'IMMEDIATE' },
  'works.report-answered': { label: 'Réponse de la mairie à votre signalement', mode: 'IMMEDIATE' },
  'works.detour-reported': {
    label: 'Itinéraire de déviation signalé (agents, associations consultées)',
    mode: 'IMMEDIATE',
  },
  'works.assessment-requested': {
    label: 'Avis demandé à votre association sur une déviation',
    mode: 'IMMEDIATE',
  },
  'place.reported': { label: 'Lieu signalé comme non accessible (agents)', mode: 'IMMEDIATE' },
  'place.report-answered': {
    label: 'Réponse de la mairie à votre signalement d’accessibilité',
    mode: 'IMMEDIATE',
  },
  'solidarity.check-due': {
    label: 'Fiche solidarité à vérifier (associations partenaires, agents)',
    mode: 'IMMEDIATE',
  },
  'association.member-added': {
    label: 'Ajout de votre compte aux membres d’une association',
    mode: 'IMMEDIATE',
  },
  'association.partner-changed': {
    label: 'Nom ou domaines d’une association partenaire modifiés (agents)',
    mode: 'IMMEDIATE',
  },
  'solidarity.entry-changed': {
    label: 'Fiche solidarité proposée ou modifiée par une association (agents)',
    mode: 'IMMEDIATE',
  },
} as const satisfies Record<string, { label: string; mode: DeliveryMode }>;

export type NotificationEventType = keyof typeof NOTIFICATION_EVENTS;

/** Every notification event is a job the outbox carries (checked by the compiler). */
export const NOTIFICATION_EVENT_TYPES = Object.keys(
  NOTIFICATION_EVENTS,
) as NotificationEventType[] satisfies JobName[];

// The rule of forced e-mails lives with the other e-mail rules; re-exported where it was.
export { alwaysImmediate } from '../rules/email-mode';
