import { Injectable } from '@nestjs/common';
import { frenchDate } from '@quorum/core';
import { notice, NotifiesOn } from '@quorum/notifications';
import {
  WorksAssessmentRequestedPayload,
  WorksDetourChangedPayload,
  WorksEventPayload,
  WorksReportEventPayload,
} from '@quorum/outbox';
import { EntityManager } from 'typeorm';
import {
  WORKS_AUDIENCES,
  WorksFactsRow,
  WorksNoticeRepository,
} from './works-notifications.repository';

/** Stateless: the sources below are classes built when this file loads, before any injection. */
const noticeRows = new WorksNoticeRepository();

const worksFacts = async (em: EntityManager, { worksId }: WorksEventPayload) =>
  (await noticeRows.worksFacts(em, worksId)) ?? null;

const accessibility = (accessible: boolean) =>
  accessible
    ? 'L’itinéraire de déviation est accessible aux personnes à mobilité réduite.'
    : 'L’itinéraire de déviation n’est pas accessible aux personnes à mobilité réduite.';

/** "du lundi 1er février 2027 au vendredi 12 février 2027" (SPEC §11: dates in running text). */
const during = (w: WorksFactsRow) => `du ${frenchDate(w.starts_on)} au ${frenchDate(w.ends_on)}`;

/** To the followers of the councils whose perimeter the works are in. */
@Injectable()
@NotifiesOn('works.posted')
export class WorksPostedNotice extends notice(
  (p: WorksEventPayload) => ({ sql: WORKS_AUDIENCES.councilFollowers, params: [p.worksId] }),
  worksFacts,
  (w) => ({
    title: `Travaux\u00a0: ${w.title}`,
    body: `Travaux ${w.address}, ${during(w)}. Itinéraire de déviation\u00a0: ${w.detour} ${accessibility(w.accessible)}`,
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
    title: `Itinéraire de déviation modifié\u00a0: ${w.title}`,
    body: `Nouvel itinéraire de déviation (${w.address})\u00a0: ${w.detour} ${accessibility(w.accessible)}${w.reason ? ` Pourquoi\u00a0? ${w.reason}` : ''}`,
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
    title: `Réponse à votre signalement\u00a0: ${r.title}`,
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
    title: `Itinéraire de déviation signalé ${PROBLEMS[r.problem] ?? ''}\u00a0: ${r.title}`,
    body: `Un·e habitant·e signale l’itinéraire de déviation comme ${PROBLEMS[r.problem] ?? 'à revoir'} (${r.place})\u00a0: «\u202f${r.description}\u202f». La mairie y répond publiquement sur la page des travaux.`,
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
    title: `Avis demandé\u00a0: ${w.title}`,
    body: `La mairie demande l’avis de votre association sur l’itinéraire de déviation des travaux ${w.address} (${during(w)}), au plus tard le ${w.assessment_due_on ? frenchDate(w.assessment_due_on) : 'premier jour des travaux'}. ${accessibility(w.accessible)}`,
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
