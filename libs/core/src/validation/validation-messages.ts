import { getMetadataStorage, ValidationError } from 'class-validator';
import { FieldError } from '../errors/domain-error';
import { LocalizedText } from '../errors/localized-text';

type Template = (args: unknown[]) => LocalizedText;

const list = (values: unknown): string =>
  Array.isArray(values) ? values.join(', ') : String(values);

/** French and English wording of class-validator's constraints, with their arguments. */
const TEMPLATES: Record<string, Template> = {
  isDefined: () => ({ fr: 'est obligatoire', en: 'is required' }),
  isNotEmpty: () => ({ fr: 'ne peut pas être vide', en: 'must not be empty' }),
  isString: () => ({ fr: 'doit être un texte', en: 'must be a string' }),
  isBoolean: () => ({ fr: 'doit être vrai ou faux', en: 'must be a boolean' }),
  isInt: () => ({ fr: 'doit être un nombre entier', en: 'must be an integer' }),
  isNumber: () => ({ fr: 'doit être un nombre', en: 'must be a number' }),
  isEmail: () => ({
    fr: 'doit être une adresse e-mail valide',
    en: 'must be a valid e-mail address',
  }),
  isUrl: () => ({ fr: 'doit être une adresse web valide', en: 'must be a valid URL' }),
  isUuid: () => ({ fr: 'doit être un identifiant valide', en: 'must be a valid identifier' }),
  isDate: () => ({ fr: 'doit être une date valide', en: 'must be a valid date' }),
  isDateString: () => ({ fr: 'doit être une date valide', en: 'must be a valid date' }),
  matches: () => ({ fr: "n'a pas le format attendu", en: 'does not have the expected format' }),
  min: ([n]) => ({ fr: `doit être supérieur ou égal à ${n}`, en: `must be at least ${n}` }),
  max: ([n]) => ({ fr: `doit être inférieur ou égal à ${n}`, en: `must be at most ${n}` }),
  minLength: ([n]) => ({
    fr: `doit contenir au moins ${n} caractères`,
    en: `must be at least ${n} characters long`,
  }),
  maxLength: ([n]) => ({
    fr: `doit contenir au plus ${n} caractères`,
    en: `must be at most ${n} characters long`,
  }),
  isLength: ([min, max]) => ({
    fr: `doit contenir entre ${min} et ${max} caractères`,
    en: `must be between ${min} and ${max} characters long`,
  }),
  isIn: ([values]) => ({
    fr: `doit valoir l'un de : ${list(values)}`,
    en: `must be one of: ${list(values)}`,
  }),
  isEnum: ([, values]) => ({
    fr: `doit valoir l'un de : ${list(values)}`,
    en: `must be one of: ${list(values)}`,
  }),
  arrayMinSize: ([n]) => ({
    fr: `doit contenir au moins ${n} éléments`,
    en: `must contain at least ${n} items`,
  }),
  arrayUnique: () => ({
    fr: 'ne doit pas contenir deux fois le même élément',
    en: 'must not contain the same item twice',
  }),
  isLatitude: () => ({
    fr: 'doit être une latitude (entre -90 et 90)',
    en: 'must be a latitude (-90 to 90)',
  }),
  isLongitude: () => ({
    fr: 'doit être une longitude (entre -180 et 180)',
    en: 'must be a longitude (-180 to 180)',
  }),
  arrayMaxSize: ([n]) => ({
    fr: `doit contenir au plus ${n} éléments`,
    en: `must contain at most ${n} items`,
  }),
  whitelistValidation: () => ({ fr: "n'est pas un champ accepté", en: 'is not an accepted field' }),
};

function constraintArgs(target: object | undefined, property: string, name: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name === name || m.type === name));
  return metadata?.constraints ?? [];
}

/** Flattens class-validator errors into one localized message per offending field path. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const fields: FieldError[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const [name] = Object.keys(error.constraints ?? {});
    if (name) {
      const template = TEMPLATES[name];
      const message = template
        ? template(constraintArgs(error.target, error.property, name))
        : { fr: "n'est pas valide", en: 'is not valid' };
      fields.push({ field: path, message });
    }
    fields.push(...toFieldErrors(error.children ?? [], path));
  }
  return fields;
}
