import { PipeTransform } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';

/**
 * The largest whole number the database's integer columns hold (PostgreSQL `integer`): ids,
 * versions, sequence numbers. A larger one in a query fails in the driver (500), so request
 * fields and path ids are checked against it first.
 */
export const MAX_INTEGER = 2_147_483_647;

/**
 * Route ids: digits only, from 1 to MAX_INTEGER, else 400 INVALID_ID. (Nest's ParseIntPipe also
 * takes "+1", " 1", "0x10" and ids no column can hold.)
 */
class ParseIdPipe implements PipeTransform<unknown, number> {
  transform(value: unknown): number {
    const id = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : NaN;
    if (!(id >= 1 && id <= MAX_INTEGER)) {
      throw new DomainError(
        'INVALID',
        'INVALID_ID',
        `The id in the path must be a whole number from 1 to ${MAX_INTEGER}`,
      );
    }
    return id;
  }
}

export const ParseId = new ParseIdPipe();
