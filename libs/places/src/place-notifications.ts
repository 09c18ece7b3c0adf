import { Injectable } from '@nestjs/common';
import { notice, NotifiesOn } from '@quorum/notifications';
import { PlaceReportEventPayload } from '@quorum/outbox';
import { EntityManager } from 'typeorm';
import { PlaceNoticesRepository } from './place-notices.repository';

// Stateless (each method takes the fan-out's EntityManager): one instance serves every source.
const read = new PlaceNoticesRepository();

const reportFacts = (em: EntityManager, { reportId }: PlaceReportEventPayload) =>
  read.report(em, reportId);

/** To the town hall's agents: a resident reported an accessibility problem. */
@Injectable()
@NotifiesOn('place.reported')
export class PlaceReportedNotice extends notice(
  () => read.agents(),
  reportFacts,
  (r) => ({
    title: `Accessibilité signalée : ${r.placeName}`,
    body: `Un·e habitant·e signale un problème d’accessibilité : « ${r.body} ». Répondez-lui publiquement depuis la page du lieu.`,
    path: `/mairie/lieux/${r.placeId}`,
  }),
) {}

/** To the report's author: the town hall's public answer. */
@Injectable()
@NotifiesOn('place.report-answered')
export class PlaceReportAnsweredNotice extends notice(
  (p: PlaceReportEventPayload) => read.author(p.reportId),
  reportFacts,
  (r) => ({
    title: `La mairie a répondu à votre signalement : ${r.placeName}`,
    body: `Votre signalement : « ${r.body} »\n\nRéponse de la mairie : ${r.answer ?? ''}`,
    path: `/lieux/${r.placeId}`,
  }),
) {}

export const PLACE_NOTICES = [PlaceReportedNotice, PlaceReportAnsweredNotice];
