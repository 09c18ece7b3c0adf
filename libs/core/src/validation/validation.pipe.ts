import { ArgumentMetadata, PipeTransform, ValidationPipe } from '@nestjs/common';
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
 * Hands a parameter that is no input (a field resolver's parent, the context, the caller: Nest's
 * `custom` parameters, which ValidationPipe never validates) back at once. The global pipe runs
 * on every parameter of every field resolver, 20 of a page's councils included; ValidationPipe's
 * own answer for those came after two more awaits.
 */
class InputsOnlyPipe implements PipeTransform {
  constructor(private readonly validation: ValidationPipe) {}

  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'custom' ? value : this.validation.transform(value, metadata);
  }
}

/**
 * The global pipe: converts types, fails as BAD_USER_INPUT with fields, and strips fields without
 * a validation decorator (GraphQL already refuses unknown ones): give every input field one,
 * `@IsOptional()` included.
 */
export function createValidationPipe(): PipeTransform {
  return new InputsOnlyPipe(
    new FieldNamingValidationPipe({
      whitelist: true,
      transform: true,
      // The target lets the messages read each constraint's arguments (e.g. the 5 of MinLength).
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => DomainError.badInput(toFieldErrors(errors)),
    }),
  );
}
