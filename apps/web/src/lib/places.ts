// The register of places in French, and the progress chart's geometry (drawn as SVG on the
// server: no script, no chart library; its numbers are also in a table beside it).
import type { AccessStatus, PlaceKind } from '$lib/gql/graphql';
import { day } from './format';

export const ACCESS: Record<AccessStatus, string> = {
  ACCESSIBLE: 'Accessible',
  NOT_ACCESSIBLE: 'Non accessible',
  UNKNOWN: 'Non vérifié',
};

/** A place as a whole: unknown as long as one feature is not checked (and none fails). */
export const OVERALL: Record<AccessStatus, string> = {
  ACCESSIBLE: 'Accessible',
  NOT_ACCESSIBLE: 'Non accessible',
  UNKNOWN: 'Accessibilité à vérifier',
};

export const KIND: Record<PlaceKind, string> = {
  TOWN_HALL: 'Mairie et annexes',
  HALL: 'Salle municipale',
  SCHOOL: 'École',
  SPORTS: 'Équipement sportif',
  CULTURE: 'Équipement culturel',
  OTHER: 'Autre lieu',
};

export const FEATURES = [
  { key: 'entrance', label: 'Entrée' },
  { key: 'toilets', label: 'Toilettes' },
  { key: 'hearingLoop', label: 'Boucle magnétique' },
  { key: 'parking', label: 'Stationnement réservé' },
] as const;

/** A YYYY-MM-DD day as "mardi 1er décembre 2026" (noon UTC: the same day in Paris). */
export const calendarDayFr = (iso: string) => day(`${iso}T12:00:00Z`);

const MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const MONTHS_LONG = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "2026-12" as "déc. 2026" (short) or "décembre 2026". */
export function monthFr(month: string, long = false): string {
  const [year, m] = month.split('-').map(Number);
  return `${(long ? MONTHS_LONG : MONTHS)[m - 1]} ${year}`;
}

export interface Point {
  month: string;
  accessible: number;
  notAccessible: number;
  unknown: number;
}

export interface Bar {
  month: string;
  label: string;
  x: number;
  width: number;
  /** Stacked from the bottom: accessible, then unknown, then not accessible. */
  segments: { kind: 'accessible' | 'unknown' | 'notAccessible'; y: number; height: number }[];
}

export const CHART = { width: 640, height: 260, top: 16, bottom: 40, left: 40, right: 8 };

/** The bars of the chart, and the ticks of its count axis, for the series as the API gives it. */
export function chartOf(series: readonly Point[]) {
  const max = Math.max(1, ...series.map((p) => p.accessible + p.notAccessible + p.unknown));
  const plotHeight = CHART.height - CHART.top - CHART.bottom;
  const plotWidth = CHART.width - CHART.left - CHART.right;
  const slot = plotWidth / Math.max(1, series.length);
  const scale = (n: number) => (n / max) * plotHeight;
  // Label every month when they fit, else every third (the table has them all).
  const every = series.length > 12 ? 3 : 1;
  const bars: Bar[] = series.map((point, i) => {
    let base = CHART.height - CHART.bottom;
    const segments = (['accessible', 'unknown', 'notAccessible'] as const).map((kind) => {
      const height = scale(point[kind]);
      base -= height;
      return { kind, y: base, height };
    });
    return {
      month: point.month,
      label: i % every === 0 || i === series.length - 1 ? monthFr(point.month) : '',
      x: CHART.left + i * slot + slot * 0.15,
      width: slot * 0.7,
      segments: segments.filter((s) => s.height > 0),
    };
  });
  const step = max <= 5 ? 1 : Math.ceil(max / 5);
  const ticks: { value: number; y: number }[] = [];
  for (let value = 0; value <= max; value += step) {
    ticks.push({ value, y: CHART.height - CHART.bottom - scale(value) });
  }
  return { bars, ticks };
}
