import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { catchError, Observable, throwError } from 'rxjs';
import { DomainError } from '../common/errors/domain-error';

/** A 429 that says how long to wait (`details.retryAfterSeconds`) says it in Retry-After too. */
@Injectable()
export class RetryAfterInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        const seconds = (error as DomainError | undefined)?.details as
          { retryAfterSeconds?: unknown } | undefined;
        if (error instanceof DomainError && typeof seconds?.retryAfterSeconds === 'number') {
          void context
            .switchToHttp()
            .getResponse<FastifyReply>()
            .header('Retry-After', String(seconds.retryAfterSeconds));
        }
        return throwError(() => error);
      }),
    );
  }
}
