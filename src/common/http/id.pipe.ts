import { ParseIntPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/** Route ids: whole numbers, else 400 INVALID_ID. */
export const ParseId = new ParseIntPipe({
  exceptionFactory: () =>
    new DomainError('INVALID', 'INVALID_ID', 'The id in the path must be a whole number'),
});
