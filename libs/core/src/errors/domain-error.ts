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

  static badInput(fields: FieldError[]): DomainError {
    return new DomainError(
      'BAD_USER_INPUT',
      { fr: 'Certaines valeurs saisies sont invalides.', en: 'Some values are invalid.' },
      { fields },
    );
  }
}
