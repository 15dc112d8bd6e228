import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import { ErrorCode, isErrorCode } from '../errors/error-codes';
import { redactText, redactUrl } from '../log-redaction';
import { CODE_OF_STATUS, ErrorBody, STATUS_OF_KIND } from './error-body';

/** Fastify's own errors (body parsing, size limits) carry a code such as FST_ERR_CTP_BODY_TOO_LARGE. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

/** A status with no code of its own (408, 414, …): the catalogue's code for its class of error. */
const fallbackCode = (status: number): ErrorCode =>
  status < 500 ? 'BAD_REQUEST' : 'INTERNAL_ERROR';

/**
 * Maps every error to `{ statusCode, code, message, details? }`: domain errors by their kind,
 * framework errors by status, and anything unexpected to a 500 whose cause is logged, not returned.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const body = this.toBody(exception);
    // The route and the cause, never the request's body; a search in the query string and
    // anything shaped like an ID or phone number in the cause's message are masked (the logger
    // masks those again, whatever logs).
    if (body.statusCode >= 500 && !(exception instanceof DomainError)) {
      this.logger.error(
        `${request.method} ${redactUrl(request.url)} → ${body.statusCode} ${body.code}`,
        redactText(
          exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
        ),
      );
    }
    // A refusal that says how long to wait (`details.retryAfterSeconds`: login delays and every
    // rate limit, whether a guard or a service refused) says it in Retry-After too.
    const wait = (body.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
    if (exception instanceof DomainError && typeof wait === 'number') {
      void reply.header('Retry-After', String(wait));
    }
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const body: ErrorBody = {
        statusCode: STATUS_OF_KIND[exception.kind],
        code: exception.code,
        message: exception.message,
      };
      if (exception.details !== undefined) body.details = exception.details;
      return body;
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const fromResponse =
        typeof response === 'object' && response !== null
          ? (response as Record<string, unknown>)
          : {};
      // Nest re-wraps Fastify's body-parser errors as bare HttpExceptions, losing their code.
      const badJson =
        statusCode === 400 && /valid JSON|in JSON|JSON at position/.test(exception.message);
      const code =
        typeof fromResponse.code === 'string' && isErrorCode(fromResponse.code)
          ? fromResponse.code
          : badJson
            ? 'INVALID_JSON'
            : CODE_OF_STATUS[statusCode];
      const message = Array.isArray(fromResponse.message)
        ? fromResponse.message.join('; ')
        : typeof fromResponse.message === 'string'
          ? fromResponse.message
          : exception.message;
      const body: ErrorBody = { statusCode, code: code ?? fallbackCode(statusCode), message };
      if (fromResponse.details !== undefined) body.details = fromResponse.details;
      return body;
    }
    const fastifyCode = (exception as { code?: unknown })?.code;
    const fastifyStatus = (exception as { statusCode?: unknown })?.statusCode;
    if (typeof fastifyStatus === 'number' && fastifyStatus >= 400 && fastifyStatus < 500) {
      const code =
        (typeof fastifyCode === 'string' && FASTIFY_CODES[fastifyCode]) ||
        (exception instanceof SyntaxError ? 'INVALID_JSON' : CODE_OF_STATUS[fastifyStatus]) ||
        fallbackCode(fastifyStatus);
      return { statusCode: fastifyStatus, code, message: (exception as Error).message };
    }
    if (
      exception instanceof QueryFailedError &&
      /SQLITE_BUSY|database is locked/.test(exception.message)
    ) {
      return {
        statusCode: 503,
        code: 'DATABASE_BUSY',
        message: 'The database is busy; retry shortly',
      };
    }
    return { statusCode: 500, code: 'INTERNAL_ERROR', message: 'Internal server error' };
  }
}
