import { Injectable } from '@nestjs/common';
import { frenchDate } from '@quorum/core';
import { audiences, notice, NotifiesOn } from '@quorum/notifications';
import { DeadlinePayload, SolidarityEntryEventPayload } from '@quorum/outbox';
import {
  ENTRY_ASSOCIATION_AUDIENCE,
  SolidarityEntryRepository,
} from './solidarity-entry.repository';

/** Stateless: the source below is a class built when this file loads, before any injection. */
const rows = new SolidarityEntryRepository();

const STAGE_FR: Record<DeadlinePayload['stage'], string> = {
  DUE_IN_7_DAYS: 'à vérifier dans 7 jours',
  DUE_TOMORROW: 'à vérifier demain',
  OVERDUE: 'à vérifier\u00a0: non vérifiée depuis 90 jours',
};

/** To the association that runs it and to the agents: an entry's check is due, or past. */
@Injectable()
@NotifiesOn('solidarity.check-due')
export class SolidarityCheckDueNotice extends notice(
  (p: DeadlinePayload & SolidarityEntryEventPayload) => ({
    sql: `${ENTRY_ASSOCIATION_AUDIENCE} UNION ALL ${audiences.agents()}`,
    params: [p.entryId],
  }),
  (em, p: DeadlinePayload & SolidarityEntryEventPayload) =>
    rows.noticeFacts(em, p.entryId).then((f) => f ?? null),
  (facts, p) => ({
    title: `Fiche solidarité ${STAGE_FR[p.stage]}\u00a0: ${facts.title}`,
    body: `La fiche «\u202f${facts.title}\u202f»${facts.association ? ` (${facts.association})` : ''} a été vérifiée pour la dernière fois le ${frenchDate(facts.last_checked_date)}. Confirmez-la ou corrigez-la sur la page d’information solidarité.`,
    path: `/solidarite/fiches/${p.entryId}`,
  }),
) {}
