import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error';
import { inputProblem } from './input-sanity';

function flatten(errors: ValidationError[], prefix = ''): { field: string; message: string }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Raw input is checked (depth, control characters, broken Unicode) before the DTO sees it. Path
 * parameters are passed on as sent: ids are read by ParseId, which must see "+1" or "0x10" as
 * typed (the pipe's own conversion would make them 1 and 16).
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problem = inputProblem(value, metadata.data ?? metadata.type);
      if (problem)
        throw new DomainError('INVALID', 'VALIDATION_FAILED', problem.message, [problem]);
    }
    if (metadata.type === 'param') return value;
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/** Request DTOs: unknown fields refused, types checked; failures are 400 VALIDATION_FAILED with every field. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new DomainError(
        'INVALID',
        'VALIDATION_FAILED',
        details.map((d) => `${d.field}: ${d.message}`).join('; ') || 'Invalid request',
        details,
      );
    },
  });
}
