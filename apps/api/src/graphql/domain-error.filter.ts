import { Catch, ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@quorum/core';

/**
 * Domain errors are answers, not incidents: handed back to GraphQL as they are (formatError maps
 * them), without Nest logging each one as an unexpected exception.
 */
@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError): DomainError {
    return error;
  }
}
