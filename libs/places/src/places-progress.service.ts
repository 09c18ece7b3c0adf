import { Injectable } from '@nestjs/common';
import { Clock, townDay } from '@quorum/core';
import { TransactionService } from '@quorum/db';
import { PlaceKind } from './place.entity';
import { CheckRow, PlaceRepository } from './place.repository';
import { PlacesProgress, PlaceTally } from './place.types';
import {
  emptyTally,
  PlaceHistory,
  progressSeries,
  Tally,
  tallyBy,
  TERM_ENDS_ON,
} from './rules/progress';

export const PLACE_KIND_FR: Record<PlaceKind, string> = {
  TOWN_HALL: 'Mairie et annexes',
  HALL: 'Salle municipale',
  SCHOOL: 'École',
  SPORTS: 'Équipement sportif',
  CULTURE: 'Équipement culturel',
  OTHER: 'Autre lieu',
};

/** The progress view (issue 19): today's counts by kind and council, and the monthly series. */
@Injectable()
export class PlacesProgressService {
  constructor(
    private readonly tx: TransactionService,
    private readonly places: PlaceRepository,
    private readonly clock: Clock,
  ) {}

  async progress(): Promise<PlacesProgress> {
    const { rows, checks } = await this.tx.read(async (em) => ({
      rows: await this.places.list(em, { councilId: null }),
      checks: await this.places.checks(em, null),
    }));
    const checksOf = new Map<string, CheckRow[]>();
    for (const check of checks) {
      checksOf.set(check.placeId, [...(checksOf.get(check.placeId) ?? []), check]);
    }
    const histories: PlaceHistory[] = rows.map((row) => ({
      since: row.since,
      checks: checksOf.get(row.id) ?? [],
    }));
    const byKind = tallyBy(
      rows,
      (row) => row.kind,
      (row) => row.overall,
    );
    const byCouncil = tallyBy(
      rows,
      (row) => row.councilId ?? '',
      (row) => row.overall,
    );
    const councilNames = new Map(rows.map((row) => [row.councilId ?? '', row.councilName]));
    const today =
      [
        ...tallyBy(
          rows,
          () => 'all',
          (row) => row.overall,
        ).values(),
      ][0] ?? emptyTally();
    return {
      today,
      byKind: [...byKind]
        .map(([key, tally]) => labelled(key, PLACE_KIND_FR[key as PlaceKind], tally))
        .sort((a, b) => a.label.localeCompare(b.label, 'fr')),
      byCouncil: [...byCouncil]
        .map(([key, tally]) => labelled(key, councilNames.get(key) ?? 'Hors conseil', tally))
        .sort((a, b) =>
          a.key === '' ? 1 : b.key === '' ? -1 : a.label.localeCompare(b.label, 'fr'),
        ),
      series: progressSeries(histories, townDay(this.clock.now())),
      termEndsOn: TERM_ENDS_ON,
    };
  }
}

function labelled(key: string, label: string, tally: Tally): PlaceTally {
  return { key, label, ...tally };
}
