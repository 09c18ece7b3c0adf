import type { AccessStatus } from '../place.entity';

/** The four features the register checks, in the order pages and messages list them. */
export const FEATURES = ['entrance', 'toilets', 'hearingLoop', 'parking'] as const;
export type Feature = (typeof FEATURES)[number];
export type Features = Record<Feature, AccessStatus>;

export const FEATURE_FR: Record<Feature, string> = {
  entrance: 'entrée',
  toilets: 'toilettes',
  hearingLoop: 'boucle magnétique',
  parking: 'stationnement réservé',
};

/**
 * A place is inaccessible as soon as one feature is (a person who cannot get in, or cannot hear,
 * cannot take part); accessible only when all four are checked accessible; otherwise unknown.
 */
export function overallAccessibility(features: Features): AccessStatus {
  const values = FEATURES.map((feature) => features[feature]);
  if (values.includes('NOT_ACCESSIBLE')) return 'NOT_ACCESSIBLE';
  return values.every((value) => value === 'ACCESSIBLE') ? 'ACCESSIBLE' : 'UNKNOWN';
}

/** The features found not accessible, in the register's order. */
export function inaccessibleFeatures(features: Features): Feature[] {
  return FEATURES.filter((feature) => features[feature] === 'NOT_ACCESSIBLE');
}

/** "entrée, toilettes et boucle magnétique" */
export function listFr(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} et ${words[words.length - 1]}`;
}

/**
 * What the chair is told when a meeting is set in a place of the register that is not accessible
 * (and what the convocation and the meeting page say): null when the place is not inaccessible.
 */
export function meetingPlaceWarning(place: { name: string } & Features): string | null {
  const missing = inaccessibleFeatures(place);
  if (missing.length === 0) return null;
  const what = listFr(missing.map((feature) => FEATURE_FR[feature]));
  // "toilettes" is a plural noun: the adjective agrees with it even alone.
  const plural = missing.length > 1 || missing[0] === 'toilets';
  return `Lieu non accessible : ${place.name} (${what} non accessible${plural ? 's' : ''}). Prévenez les personnes concernées et proposez un autre moyen de participer, ou choisissez un lieu accessible.`;
}

/**
 * What a meeting held in a place of the register says of its accessibility, read from the
 * register each time (the convocation and the meeting page then agree with the warning, even when
 * the place is checked again after scheduling): accessible only when the place is, and the details
 * the chair wrote, or else the features not accessible.
 */
export function meetingAccessibility(
  place: Features,
  chairDetails: string | null,
): { accessible: boolean; accessibilityDetails: string | null } {
  const missing = inaccessibleFeatures(place).map((feature) => FEATURE_FR[feature]);
  return {
    accessible: overallAccessibility(place) === 'ACCESSIBLE',
    accessibilityDetails:
      chairDetails ?? (missing.length > 0 ? `non accessible (${missing.join(', ')})` : null),
  };
}
