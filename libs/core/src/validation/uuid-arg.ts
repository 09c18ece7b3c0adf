import { PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors/domain-error';

class UuidPipe implements PipeTransform<unknown, string> {
  constructor(private readonly field: string) {}

  transform(value: unknown): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    throw DomainError.badInput([
      {
        field: this.field,
        message: { fr: 'doit être un identifiant valide', en: 'must be a valid identifier' },
      },
    ]);
  }
}

/** An `ID!` argument that must be a UUID (BAD_USER_INPUT otherwise, never a database error). */
export const IdArg = (name: string): ParameterDecorator =>
  Args(name, { type: () => ID }, new UuidPipe(name));

class OptionalUuidPipe extends UuidPipe {
  override transform(value: unknown): string {
    return value === undefined || value === null
      ? (value as unknown as string)
      : super.transform(value);
  }
}

/** An optional `ID` argument: absent or null passes, anything else must be a UUID. */
export const OptionalIdArg = (name: string): ParameterDecorator =>
  Args(name, { type: () => ID, nullable: true }, new OptionalUuidPipe(name));
