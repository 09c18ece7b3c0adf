import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { CharterInput } from './council.inputs';
import {
  applyCharterInput,
  CHARTER_BOUNDS,
  CHARTER_DEFAULTS,
  CharterChange,
  charterOutOfBounds,
} from './rules/charter';

/** The paths of the fields an input refuses, validated as the app's ValidationPipe does. */
async function refused(plain: Record<string, unknown>): Promise<string[]> {
  const paths = (errors: ValidationError[], prefix: string): string[] =>
    errors.flatMap((e) =>
      e.children?.length
        ? paths(e.children, `${prefix}${e.property}.`)
        : [`${prefix}${e.property}`],
    );
  return paths(await validate(plainToInstance(CharterInput, plain), { whitelist: true }), '');
}

const SEAT_FIELDS = {
  residentSeats: 'residents',
  associationSeats: 'associations',
  majoritySeats: 'electedMajority',
  oppositionSeats: 'electedOpposition',
} as const;

type Bounded = keyof typeof CHARTER_BOUNDS;

/** A change of one parameter, as the input writes it (seats go together). */
function changeOf(key: Bounded, value: number): { plain: Record<string, unknown>; path: string } {
  if (key in SEAT_FIELDS) {
    const seats = {
      residents: CHARTER_DEFAULTS.residentSeats,
      associations: CHARTER_DEFAULTS.associationSeats,
      electedMajority: CHARTER_DEFAULTS.majoritySeats,
      electedOpposition: CHARTER_DEFAULTS.oppositionSeats,
      [SEAT_FIELDS[key as keyof typeof SEAT_FIELDS]]: value,
    };
    return { plain: { seats }, path: `seats.${SEAT_FIELDS[key as keyof typeof SEAT_FIELDS]}` };
  }
  return { plain: { [key]: value }, path: key };
}

/**
 * The charter's bounds are enforced by the input's @Min/@Max (read from CHARTER_BOUNDS);
 * `charterOutOfBounds` states them. They agree on every parameter, at and around each bound.
 */
describe('A charter input is refused exactly where charterOutOfBounds says a parameter is out', () => {
  const cases = (Object.keys(CHARTER_BOUNDS) as Bounded[]).flatMap((key) => {
    const { min, max } = CHARTER_BOUNDS[key];
    return [min - 1, min, min + 0.5, max, max + 1].map((value) => [key, value] as const);
  });

  it.each(cases)('%s = %d', async (key, value) => {
    const { plain, path } = changeOf(key, value);
    const values = applyCharterInput(CHARTER_DEFAULTS, plain as CharterChange);
    const out = charterOutOfBounds(values);
    expect(out.filter((k) => k !== key)).toEqual([]);
    expect(await refused(plain)).toEqual(out.includes(key) ? [path] : []);
  });

  it('a null quorum (the default, a majority) is never out', async () => {
    expect(charterOutOfBounds({ ...CHARTER_DEFAULTS, quorum: null })).toEqual([]);
    expect(await refused({ quorum: null })).toEqual([]);
  });
});
