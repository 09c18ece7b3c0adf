import { ErrorCode } from './error-code';
import { LocalizedText } from './localized-text';

/** One offending input field, named by its path in the input (e.g. `input.title`). */
export interface FieldError {
  field: string;
  message: LocalizedText;
}

/**
 * The one error services throw. The API maps `code` to `extensions.code` and
 * shows `message` in the caller's language; nothing else about it leaks.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly text: LocalizedText,
    readonly details: { fields?: FieldError[]; retryAfterSeconds?: number; reason?: string } = {},
  ) {
    super(text.en);
    this.name = 'DomainError';
  }

  static notFound(what: LocalizedText): DomainError {
    return new DomainError('NOT_FOUND', what);
  }

  /**
   * BAD_USER_INPUT whose message names the first offending field and its problem, so a client
   * that shows only the message still says what to fix; `extensions.fields` lists them all.
   */
  static badInput(fields: FieldError[]): DomainError {
    const [first] = fields;
    if (!first) {
      return new DomainError(
        'BAD_USER_INPUT',
        { fr: 'Certaines valeurs saisies sont invalides.', en: 'Some values are invalid.' },
        { fields },
      );
    }
    const others = fields.length - 1;
    const more: LocalizedText =
      others === 0
        ? { fr: '', en: '' }
        : others === 1
          ? {
              fr: ' ; un autre champ est aussi à corriger',
              en: '; one other field needs fixing too',
            }
          : {
              fr: ` ; ${others} autres champs sont aussi à corriger`,
              en: `; ${others} other fields need fixing too`,
            };
    return new DomainError(
      'BAD_USER_INPUT',
      {
        // A colon reads right whether the problem is said with a verb or a noun.
        fr: `Champ ${first.field} : ${first.message.fr}${more.fr}.`,
        en: `Field ${first.field}: ${first.message.en}${more.en}.`,
      },
      { fields },
    );
  }
}
