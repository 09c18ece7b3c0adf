import { ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { toFieldErrors } from './validation-messages';

/** The global pipe: strips unknown fields, converts types, and fails as BAD_USER_INPUT with fields. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => DomainError.badInput(toFieldErrors(errors)),
  });
}
