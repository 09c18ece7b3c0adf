import { Injectable } from '@nestjs/common';
import { notice, NotifiesOn } from '@quorum/notifications';
import {
  WorksAssessmentRequestedPayload,
  WorksDetourChangedPayload,
  WorksEventPayload,
  WorksReportEventPayload,
} from '@quorum/outbox';
import { EntityManager } from 'typeorm';
import { WORKS_AUDIENCES, WorksNoticeRepository } from './works-notifications.repository';

/** Stateless: the sources below are classes built when this file loads, before any injection. */
const noticeRows = new WorksNoticeRepository();

const worksFacts = async (em: EntityManager, { worksId }: WorksEventPayload) =>
  (await noticeRows.worksFacts(em, worksId)) ?? null;

const accessibility = (accessible: boolean) =>
  accessible
    ? 'La déviation est accessible aux personnes à mobilité réduite.'
    : 'La déviation n’est pas accessible aux personnes à mobilité réduite.';

/** To the followers of the councils whose perimeter the works are in. */
@Injectable()
@NotifiesOn('works.posted')
export class WorksPostedNotice extends notice(
  (p: WorksEventPayload) => ({ sql: WORKS_AUDIENCES.councilFollowers, params: [p.worksId] }),
  worksFacts,
  (w) => ({
    title: `Travaux : ${w.title}`,
    body: `Travaux ${w.address} du ${w.starts_on} au ${w.ends_on}. Déviation piétonne : ${w.detour} ${accessibility(w.accessible)}`,
    path: `/travaux/${w.id}`,
  }),
) {}

/** To the works' followers and the councils' followers: the detour in force changed. */
@Injectable()
@NotifiesOn('works.detour-changed')
export class DetourChangedNotice extends notice(
  (p: WorksDetourChangedPayload) => ({
    sql: WORKS_AUDIENCES.followersAndCouncils,
    params: [p.worksId],
  }),
  async (em, p: WorksDetourChangedPayload) =>
    (await noticeRows.worksFacts(em, p.worksId, p.version ?? null)) ?? null,
  (w) => ({
    title: `Déviation modifiée : ${w.title}`,
    body: `Nouvelle déviation piétonne (${w.address}) : ${w.detour} ${accessibility(w.accessible)}${w.reason ? ` Pourquoi : ${w.reason}` : ''}`,
    path: `/travaux/${w.id}#deviation`,
  }),
) {}

/** To the report's author: the town hall answered (in public, on the works' page). */
@Injectable()
@NotifiesOn('works.report-answered')
export class ReportAnsweredNotice extends notice(
  (p: WorksReportEventPayload) => ({ sql: WORKS_AUDIENCES.reportAuthor, params: [p.reportId] }),
  async (em, p: WorksReportEventPayload) => (await noticeRows.reportFacts(em, p.reportId)) ?? null,
  (r, p) => ({
    title: `Réponse à votre signalement : ${r.title}`,
    body: `La mairie a répondu à votre signalement sur la déviation (${r.place}).`,
    path: `/travaux/${r.works_id}#signalement-${p.reportId}`,
  }),
) {}

const PROBLEMS: Record<string, string> = {
  BLOCKED: 'bloqué',
  DANGEROUS: 'dangereux',
  NOT_ACCESSIBLE: 'non accessible',
};

/** To the agents (and the partners asked, when not accessible): a detour does not work. */
@Injectable()
@NotifiesOn('works.detour-reported')
export class DetourReportedNotice extends notice(
  (p: WorksReportEventPayload) => ({ sql: WORKS_AUDIENCES.reportReaders, params: [p.reportId] }),
  async (em, p: WorksReportEventPayload) => (await noticeRows.reportFacts(em, p.reportId)) ?? null,
  (r, p) => ({
    title: `Itinéraire de déviation signalé ${PROBLEMS[r.problem] ?? ''} : ${r.title}`,
    body: `Un·e habitant·e signale l’itinéraire de déviation comme ${PROBLEMS[r.problem] ?? 'à revoir'} (${r.place}) : « ${r.description} ». La mairie y répond publiquement sur la page des travaux.`,
    path: `/mairie/travaux/${r.works_id}#signalement-${p.reportId}`,
  }),
) {}

/** To the accounts acting for the partner associations asked: their assessment is wanted. */
@Injectable()
@NotifiesOn('works.assessment-requested')
export class AssessmentRequestedNotice extends notice(
  (p: WorksAssessmentRequestedPayload) => ({
    sql: WORKS_AUDIENCES.invitees,
    params: [p.worksId, p.associationIds ?? null],
  }),
  worksFacts,
  (w) => ({
    title: `Avis demandé : ${w.title}`,
    body: `La mairie demande l’avis de votre association sur la déviation piétonne des travaux ${w.address} (du ${w.starts_on} au ${w.ends_on}), avant le ${w.assessment_due_on ?? 'début des travaux'}. ${accessibility(w.accessible)}`,
    path: `/travaux/${w.id}/avis`,
  }),
) {}

export const WORKS_NOTICES = [
  WorksPostedNotice,
  DetourChangedNotice,
  ReportAnsweredNotice,
  DetourReportedNotice,
  AssessmentRequestedNotice,
];
