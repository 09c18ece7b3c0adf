/**
 * A works project's optional geometry: GeoJSON text (RFC 7946) of one geometry, kept as given
 * once checked. No map is drawn: the check is that a map could, so open data stays usable.
 */
export const GEOMETRY_MAX_LENGTH = 100_000;

const TYPES = [
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
] as const;
type GeometryType = (typeof TYPES)[number];

export type GeometryCheck = { ok: true; geometry: string } | { ok: false; reason: string };

const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(p[0] as number) <= 180 &&
  Math.abs(p[1] as number) <= 90;

const listOf = (item: (v: unknown) => boolean, min: number) => (v: unknown) =>
  Array.isArray(v) && v.length >= min && v.every(item);

const sameEnds = (ring: unknown[]) =>
  JSON.stringify(ring[0]) === JSON.stringify(ring[ring.length - 1]);
const isRing = (v: unknown) => listOf(isPosition, 4)(v) && sameEnds(v as unknown[]);
const isLine = listOf(isPosition, 2);
const isPolygon = listOf(isRing, 1);

const SHAPES: Record<GeometryType, (coordinates: unknown) => boolean> = {
  Point: isPosition,
  MultiPoint: listOf(isPosition, 1),
  LineString: isLine,
  MultiLineString: listOf(isLine, 1),
  Polygon: isPolygon,
  MultiPolygon: listOf(isPolygon, 1),
};

/** Checks GeoJSON text; the French reason says what to fix. */
export function checkGeometry(text: string): GeometryCheck {
  if (text.length > GEOMETRY_MAX_LENGTH)
    return { ok: false, reason: 'la géométrie dépasse 100 000 caractères' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'la géométrie n’est pas du JSON valide' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, reason: 'la géométrie doit être un objet GeoJSON' };
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !(TYPES as readonly string[]).includes(type))
    return {
      ok: false,
      reason: `type de géométrie attendu\u00a0: ${TYPES.join(', ')}`,
    };
  if (!SHAPES[type as GeometryType](coordinates))
    return {
      ok: false,
      reason: `coordonnées invalides pour un ${type} (longitude, latitude en degrés)`,
    };
  return { ok: true, geometry: JSON.stringify({ type, coordinates }) };
}
