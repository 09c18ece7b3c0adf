import { Injectable } from '@nestjs/common';
import { Clock, townDay } from '@quorum/core';
import { COUNCIL_NOT_FOUND, CouncilsService } from '@quorum/councils';
import { TransactionService } from '@quorum/db';
import { Actor } from '@quorum/identity';
import { OutboxService } from '@quorum/outbox';
import { AuditService } from '@quorum/transparency';
import { EntityManager } from 'typeorm';
import {
  CHECK_IN_FUTURE,
  CHECK_WITHOUT_DATE,
  PLACE_NOT_FOUND,
  PLACE_REPORT_NOT_FOUND,
  REPORT_ALREADY_ANSWERED,
  REPORT_ALREADY_HIDDEN,
} from './places.errors';
import {
  AnswerPlaceReportInput,
  HidePlaceReportInput,
  PlaceInput,
  ReportPlaceProblemInput,
  UpdatePlaceInput,
} from './place.inputs';
import { PlaceFields, PlaceRepository, PlaceRow } from './place.repository';
import { AccessStatusGql, MeetingPlace, Place, PlaceDetails, PlaceKindGql } from './place.types';
import {
  FEATURE_FR,
  FEATURES,
  inaccessibleFeatures,
  meetingPlaceWarning,
  overallAccessibility,
} from './rules/accessibility';

/** Fields of a place whose change is a new check (the history the progress is computed from). */
const CHECKED = ['entrance', 'toilets', 'hearingLoop', 'parking', 'evidence', 'checkedOn'] as const;

/** The register of public places (issue 19): agents edit it, residents report, all audited. */
@Injectable()
export class PlacesService {
  constructor(
    private readonly tx: TransactionService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly councils: CouncilsService,
    private readonly places: PlaceRepository,
    private readonly clock: Clock,
  ) {}

  list(councilId: string | null): Promise<Place[]> {
    return this.tx.read(async (em) => (await this.places.list(em, { councilId })).map(toPlace));
  }

  async get(id: string): Promise<PlaceDetails> {
    return this.tx.read(async (em) => {
      const row = await this.places.get(em, id);
      if (!row) throw PLACE_NOT_FOUND();
      const [checks, reports] = [
        await this.places.checks(em, [id]),
        await this.places.reports(em, id),
      ];
      return {
        ...toPlace(row),
        // Newest first: by day, and the latest recorded first within a day (the sort is stable).
        checks: checks
          .map((c) => ({ ...c, ...gqlStatuses(c) }))
          .reverse()
          .sort((a, b) => b.checkedOn.localeCompare(a.checkedOn)),
        reports: reports.map(({ authorId: _author, hiddenAt: _hidden, ...report }) => report),
      };
    });
  }

  /**
   * A meeting's place (meetings asks it), for several meetings in one query (meetings' DataLoader): one entry per id asked, in
   * the same order, null for an id not in the register.
   */
  async forMeetings(placeIds: readonly string[]): Promise<(MeetingPlace | null)[]> {
    return this.tx.read(async (em) => {
      const rows = new Map((await this.places.getMany(em, placeIds)).map((row) => [row.id, row]));
      return placeIds.map((id) => {
        const row = rows.get(id);
        return row ? meetingPlace(row) : null;
      });
    });
  }

  /** The same, inside the caller's transaction (scheduling a meeting). */
  async forMeetingIn(em: EntityManager, placeId: string): Promise<MeetingPlace | null> {
    const row = await this.places.get(em, placeId);
    return row ? meetingPlace(row) : null;
  }

  async create(actor: Actor, input: PlaceInput): Promise<PlaceDetails> {
    const fields = this.fields(input);
    const id = await this.tx.run(async (em) => {
      await this.councilExists(em, fields.councilId);
      const created = await this.places.insert(em, fields);
      if (fields.checkedOn)
        await this.places.insertCheck(em, created, checkOf(fields), actor.accountId);
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'place.created',
        objectType: 'place',
        objectId: created,
        after: { ...fields },
      });
      return created;
    });
    return this.get(id);
  }

  async update(actor: Actor, input: UpdatePlaceInput): Promise<PlaceDetails> {
    const fields = this.fields(input);
    await this.tx.run(async (em) => {
      const before = await this.places.get(em, input.id, true);
      if (!before) throw PLACE_NOT_FOUND();
      await this.councilExists(em, fields.councilId);
      await this.places.update(em, input.id, fields);
      const checked = CHECKED.some((key) => before[key] !== fields[key]);
      if (checked && fields.checkedOn) {
        await this.places.insertCheck(em, input.id, checkOf(fields), actor.accountId);
      }
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'place.updated',
        objectType: 'place',
        objectId: input.id,
        before: pick(before),
        after: { ...fields },
      });
    });
    return this.get(input.id);
  }

  async report(actor: Actor, input: ReportPlaceProblemInput): Promise<PlaceDetails> {
    await this.tx.run(async (em) => {
      if (!(await this.places.get(em, input.placeId))) throw PLACE_NOT_FOUND();
      const id = await this.places.insertReport(em, {
        placeId: input.placeId,
        authorId: actor.accountId,
        body: input.body,
      });
      await this.outbox.record(em, 'place.reported', { reportId: id });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'place.reported',
        objectType: 'place_report',
        objectId: id,
        after: { placeId: input.placeId },
      });
    });
    return this.get(input.placeId);
  }

  async answer(actor: Actor, input: AnswerPlaceReportInput): Promise<PlaceDetails> {
    const placeId = await this.tx.run(async (em) => {
      const report = await this.places.lockReport(em, input.reportId);
      if (!report) throw PLACE_REPORT_NOT_FOUND();
      // A hidden report is out of every public read: a public answer to it would bring it back.
      if (report.hiddenAt) throw REPORT_ALREADY_HIDDEN();
      if (report.answeredAt) throw REPORT_ALREADY_ANSWERED();
      await this.places.answerReport(em, input.reportId, {
        text: input.answer,
        by: actor.accountId,
      });
      await this.outbox.record(em, 'place.report-answered', { reportId: input.reportId });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'place.report-answered',
        objectType: 'place_report',
        objectId: input.reportId,
        after: { placeId: report.placeId, answer: input.answer },
      });
      return report.placeId;
    });
    return this.get(placeId);
  }

  /** Moderation by an agent: the report leaves the public pages; the audit keeps why. */
  async hide(actor: Actor, input: HidePlaceReportInput): Promise<PlaceDetails> {
    const placeId = await this.tx.run(async (em) => {
      const report = await this.places.lockReport(em, input.reportId);
      if (!report) throw PLACE_REPORT_NOT_FOUND();
      if (report.hiddenAt) throw REPORT_ALREADY_HIDDEN();
      await this.places.hideReport(em, input.reportId, {
        reason: input.reason,
        by: actor.accountId,
      });
      await this.audit.record(em, {
        actorId: actor.accountId,
        actorRole: actor.role,
        action: 'place.report-hidden',
        objectType: 'place_report',
        objectId: input.reportId,
        after: { placeId: report.placeId, reason: input.reason },
      });
      return report.placeId;
    });
    return this.get(placeId);
  }

  /** The input as stored: the overall result computed, a check dated and not in the future. */
  private fields(input: PlaceInput): PlaceFields {
    const features = {
      entrance: input.entrance,
      toilets: input.toilets,
      hearingLoop: input.hearingLoop,
      parking: input.parking,
    };
    const checkedOn = input.checkedOn ?? null;
    if (checkedOn && checkedOn > townDay(this.clock.now())) throw CHECK_IN_FUTURE();
    const anyKnown = FEATURES.some((feature) => features[feature] !== 'UNKNOWN');
    if (anyKnown && !checkedOn) throw CHECK_WITHOUT_DATE();
    return {
      name: input.name,
      kind: input.kind,
      address: input.address,
      councilId: input.councilId ?? null,
      ...features,
      overall: overallAccessibility(features),
      evidence: input.evidence ?? null,
      checkedOn,
      plannedWorks: input.plannedWorks ?? null,
      plannedWorksOn: input.plannedWorksOn ?? null,
    };
  }

  private async councilExists(em: EntityManager, councilId: string | null): Promise<void> {
    if (councilId && !(await this.councils.exists(em, councilId))) throw COUNCIL_NOT_FOUND();
  }
}

function checkOf(fields: PlaceFields) {
  return {
    checkedOn: fields.checkedOn!,
    entrance: fields.entrance,
    toilets: fields.toilets,
    hearingLoop: fields.hearingLoop,
    parking: fields.parking,
    overall: fields.overall,
    evidence: fields.evidence,
  };
}

function pick(row: PlaceRow): Omit<PlaceFields, never> {
  const { id: _id, councilName: _c, openReports: _o, since: _s, updatedAt: _u, ...fields } = row;
  return fields;
}

function gqlStatuses(
  row: Pick<PlaceRow, 'entrance' | 'toilets' | 'hearingLoop' | 'parking' | 'overall'>,
) {
  return {
    entrance: row.entrance as AccessStatusGql,
    toilets: row.toilets as AccessStatusGql,
    hearingLoop: row.hearingLoop as AccessStatusGql,
    parking: row.parking as AccessStatusGql,
    overall: row.overall as AccessStatusGql,
  };
}

export function toPlace(row: PlaceRow): Place {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as PlaceKindGql,
    address: row.address,
    councilId: row.councilId,
    councilName: row.councilName,
    ...gqlStatuses(row),
    evidence: row.evidence,
    checkedOn: row.checkedOn,
    plannedWorks: row.plannedWorks,
    plannedWorksOn: row.plannedWorksOn,
    openReports: row.openReports,
    warning: meetingPlaceWarning(row),
  };
}

function meetingPlace(row: PlaceRow): MeetingPlace {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    overall: row.overall as AccessStatusGql,
    notAccessible: inaccessibleFeatures(row).map((feature) => FEATURE_FR[feature]),
    warning: meetingPlaceWarning(row),
  };
}
