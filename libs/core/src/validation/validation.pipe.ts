import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { toFieldErrors } from './validation-messages';

/** Names offending fields from the argument down (`input.title`), as a client sees them. */
class FieldNamingValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (!(error instanceof DomainError) || !error.details.fields || !metadata.data) throw error;
      const fields = error.details.fields.map((f) => ({
        ...f,
        field: `${metadata.data}.${f.field}`,
      }));
      throw DomainError.badInput(fields);
    }
  }
}

/**
 * The global pipe: converts types, fails as BAD_USER_INPUT with fields, and strips fields without
 * a validation decorator (GraphQL already refuses unknown ones): give every input field one,
 * `@IsOptional()` included.
 */
export function createValidationPipe(): ValidationPipe {
  return new FieldNamingValidationPipe({
    whitelist: true,
    transform: true,
    // The target lets the messages read each constraint's arguments (e.g. the 5 of MinLength).
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => DomainError.badInput(toFieldErrors(errors)),
  });
}
