import { registerDecorator, ValidationOptions } from 'class-validator';

type Position = [number, number];

const isPosition = (value: unknown): value is Position =>
  Array.isArray(value) &&
  (value.length === 2 || value.length === 3) &&
  value.every((n) => typeof n === 'number' && Number.isFinite(n)) &&
  Math.abs(value[0] as number) <= 180 &&
  Math.abs(value[1] as number) <= 90;

/** A closed ring: at least four positions, the last equal to the first. */
const isRing = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.length >= 4 &&
  value.every(isPosition) &&
  value[0][0] === value[value.length - 1][0] &&
  value[0][1] === value[value.length - 1][1];

const isPolygonCoordinates = (value: unknown): boolean =>
  Array.isArray(value) && value.length >= 1 && value.every(isRing);

export const MAX_POSITIONS = 20_000;

/** How many positions nested arrays hold (a position is an array of numbers). */
function positionCount(value: unknown): number {
  if (!Array.isArray(value)) return 0;
  if (value.length > 0 && typeof value[0] === 'number') return 1;
  return value.reduce((n: number, item: unknown) => n + positionCount(item), 0);
}

/** A GeoJSON Polygon or MultiPolygon (RFC 7946), longitude then latitude. */
export function isGeoJsonArea(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (positionCount((value as { coordinates?: unknown }).coordinates) > MAX_POSITIONS) return false;
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (type === 'Polygon') return isPolygonCoordinates(coordinates);
  if (type === 'MultiPolygon') {
    return (
      Array.isArray(coordinates) &&
      coordinates.length >= 1 &&
      coordinates.every(isPolygonCoordinates)
    );
  }
  return false;
}

export function IsGeoJsonArea(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isGeoJsonArea',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: { validate: (value: unknown) => isGeoJsonArea(value) },
    });
}
