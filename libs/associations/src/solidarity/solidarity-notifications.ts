import { Injectable } from '@nestjs/common';
import { frenchDate } from '@quorum/core';
import { audiences, notice, NotifiesOn } from '@quorum/notifications';
import {
  DeadlinePayload,
  SolidarityChecksDuePayload,
  SolidarityEntryChangedPayload,
} from '@quorum/outbox';
import { PARTNER_MEMBERS_AUDIENCE, SolidarityEntryRepository } from './solidarity-entry.repository';

/** Stateless: the source below is a class built when this file loads, before any injection. */
const rows = new SolidarityEntryRepository();

const STAGE_FR: Record<DeadlinePayload['stage'], string> = {
  DUE_IN_7_DAYS: 'à vérifier dans 7 jours',
  DUE_TOMORROW: 'à vérifier demain',
  OVERDUE: 'à vérifier\u00a0: non vérifiée depuis 90 jours',
};
const STAGE_PLURAL_FR: Record<DeadlinePayload['stage'], string> = {
  DUE_IN_7_DAYS: 'à vérifier dans 7 jours',
  DUE_TOMORROW: 'à vérifier demain',
  OVERDUE: 'à vérifier\u00a0: non vérifiées depuis 90 jours',
};
/** Titles named in one notice; the others are counted. */
const LISTED = 10;

type Payload = DeadlinePayload & SolidarityChecksDuePayload;
type Facts = Awaited<ReturnType<SolidarityEntryRepository['noticeFacts']>>;

const quoted = (title: string) => `«\u202f${title}\u202f»`;

/**
 * To the agents, or to the members of the partner association that runs them: entries' checks are
 * due, or past. One notice for the run's entries of a stage (an old import's hundreds included).
 */
@Injectable()
@NotifiesOn('solidarity.check-due')
export class SolidarityCheckDueNotice extends notice(
  (p: Payload) =>
    p.associationId
      ? { sql: PARTNER_MEMBERS_AUDIENCE, params: [p.associationId] }
      : { sql: audiences.agents(), params: [] },
  async (em, p: Payload): Promise<Facts | null> => {
    const facts = await rows.noticeFacts(em, p.entryIds);
    return facts.length ? facts : null;
  },
  (facts, p) => {
    if (facts.length === 1) {
      const [f] = facts;
      return {
        title: `Fiche solidarité ${STAGE_FR[p.stage]}\u00a0: ${f.title}`,
        body: `La fiche ${quoted(f.title)}${f.association ? ` (${f.association})` : ''} a été vérifiée pour la dernière fois le ${frenchDate(f.last_checked_date)}. Confirmez-la ou corrigez-la sur la page d’information solidarité.`,
        path: `/solidarite/fiches/${f.id}`,
      };
    }
    const listed = facts
      .slice(0, LISTED)
      .map((f) => `${quoted(f.title)} (vérifiée le ${frenchDate(f.last_checked_date)})`);
    const more = facts.length - listed.length;
    return {
      title: `${facts.length} fiches solidarité ${STAGE_PLURAL_FR[p.stage]}`,
      body: `Fiches à confirmer ou corriger sur la page d’information solidarité\u00a0: ${listed.join(', ')}${more > 0 ? `, et ${more} autre${more > 1 ? 's' : ''}` : ''}.`,
      path: p.associationId ? `/associations/${p.associationId}` : '/mairie/solidarite',
    };
  },
) {}

/**
 * To the agents: a partner association proposed an entry (a draft waiting for them) or changed a
 * published one (live at once: they should know what the page now says).
 */
@Injectable()
@NotifiesOn('solidarity.entry-changed')
export class SolidarityEntryChangedNotice extends notice(
  () => ({ sql: audiences.agents(), params: [] }),
  async (em, p: SolidarityEntryChangedPayload) =>
    (await rows.noticeFacts(em, [p.entryId]))[0] ?? null,
  (f, p) => {
    const by = f.association ?? 'une association partenaire';
    return p.change === 'SUBMITTED'
      ? {
          title: `Fiche solidarité à relire\u00a0: ${f.title}`,
          body: `${by} propose la fiche ${quoted(f.title)}, en brouillon. Publiez-la ou corrigez-la sur la page d’information solidarité.`,
          path: `/solidarite/fiches/${p.entryId}`,
        }
      : {
          title: `Fiche solidarité modifiée par ${by}\u00a0: ${f.title}`,
          body: `${by} a modifié la fiche publiée ${quoted(f.title)}\u202f; la modification est déjà en ligne sur la page d’information solidarité.`,
          path: `/solidarite/fiches/${p.entryId}`,
        };
  },
) {}
