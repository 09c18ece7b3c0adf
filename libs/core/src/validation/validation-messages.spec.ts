import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsDate,
  IsDateString,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { DomainError } from '../errors/domain-error';
import { toFieldErrors } from './validation-messages';

enum Colour {
  RED = 'RED',
}

/** One property per decorator the codebase uses, each given a value it refuses. */
class Everything {
  @ArrayMaxSize(1) arrayMax = [1, 2];
  @ArrayMinSize(2) arrayMin = [1];
  @ArrayUnique() unique = [1, 1];
  @IsBoolean() boolean = 'yes';
  @IsDate() date = 'today';
  @IsDateString() dateString = 'today';
  @IsEmail() email = 'nobody';
  @IsEnum(Colour) colour = 'BLUE';
  @IsIn(['a', 'b']) choice = 'c';
  @IsInt() integer = 1.5;
  @IsLatitude() latitude = 100;
  @IsLongitude() longitude = 200;
  @IsString() text = 4;
  @IsUrl() url = 'nowhere';
  @IsUUID() id = '42';
  @Length(2, 5) sized = 'x';
  @Matches(/^a/) pattern = 'b';
  @Max(3) atMost = 4;
  @MaxLength(2) short = 'abc';
  @Min(3) atLeast = 2;
  @MinLength(3) long = 'ab';
}

describe('validation messages', () => {
  it('word every constraint the codebase uses, with its arguments', () => {
    const fields = toFieldErrors(validateSync(new Everything()));
    expect(fields).toHaveLength(Object.keys(new Everything()).length);
    expect(fields.filter((f) => f.message.fr === "n'est pas valide")).toEqual([]);
    expect(fields.find((f) => f.field === 'sized')?.message.fr).toBe(
      'doit contenir entre 2 et 5 caractères',
    );
  });

  it('name the first field in the message, and count the others', () => {
    const problem = { fr: 'est obligatoire', en: 'is required' };
    const one = DomainError.badInput([{ field: 'input.title', message: problem }]);
    expect(one.text.fr).toBe('Champ input.title : est obligatoire.');
    const two = DomainError.badInput([
      { field: 'input.title', message: problem },
      { field: 'input.body', message: problem },
    ]);
    expect(two.text).toEqual({
      fr: 'Champ input.title : est obligatoire ; un autre champ est aussi à corriger.',
      en: 'Field input.title: is required; one other field needs fixing too.',
    });
    expect(two.details.fields).toHaveLength(2);
  });
});
