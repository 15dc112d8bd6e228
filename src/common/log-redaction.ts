import { Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Logger as TypeOrmLogger } from 'typeorm';

/*
 * No ID number or phone number reaches a log line (PIPL; issue 15). Two layers:
 *
 * 1. Query strings: every value is masked except those of parameters known to carry only ids,
 *    counts and choices (below). A search (`?q=` on registrations: part of a name or the last
 *    digits of an ID number; on the public rankings: a name) is personal data even when it is
 *    four digits, and only an allowlist stays right when a new parameter is added.
 * 2. Every line, whatever wrote it (Fastify's request log, Nest's logger, an error's message and
 *    stack: all go through the one pino logger of common/logger.ts): runs of digits shaped like an ID number (18 characters, the last maybe X; the old
 *    15 digits) or a mainland mobile number (11 digits starting with 1, also in 3-4-4 groups) are
 *    masked. 13-digit millisecond timestamps, ids and counts are not of those shapes.
 *
 * Request and response bodies are never logged (Fastify's request log has method, URL, status
 * and time only; the error filter logs the route and the cause's stack, never the body).
 */

export const REDACTED = '[redacted]';

/** Query parameters whose values are logged as they are: ids, paging, sorting, states. */
const LOGGED_QUERY_PARAMETERS = new Set([
  'afterSeq',
  'competitionId',
  'contestId',
  'criterionKey',
  'judgeId',
  'limit',
  'page',
  'pageSize',
  'runId',
  'sort',
  'status',
  'unitId',
]);

// Bounded by non-digits only, not by letters: a colour code (`\x1b[32m`) may stand right before a
// number, and a hex digest that happens to hold such a run is masked at no loss. Not the decimals
// of a number (a response time of 6.123456789012345 ms).
const ID_OR_PHONE =
  /(?<!\d)(?<!\d\.)(?:\d{17}[\dXx]|\d{15}|1\d{10}|1\d{2}[- ]\d{4}[- ]\d{4})(?!\d)/g;

/** `text` with every ID-number-shaped or mobile-number-shaped run of digits masked. */
export function redactText(text: string): string {
  return text.replace(ID_OR_PHONE, REDACTED);
}

/** The URL's path (digits masked as in any text) and its query with unlisted values masked. */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  const path = redactText(mark < 0 ? url : url.slice(0, mark));
  if (mark < 0) return path;
  const query = url
    .slice(mark + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // A name that does not decode is masked with its value below.
      }
      if (LOGGED_QUERY_PARAMETERS.has(decoded)) return redactText(pair);
      return `${redactText(name)}=${REDACTED}`;
    })
    .join('&');
  return `${path}?${query}`;
}

/** Fastify's request serializer (method, url, host, address) with the URL redacted. */
export function serializeRequest(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** A stream for pino: every line it writes is redacted on its way to `sink` (standard output). */
export function redactingStream(sink: { write(line: string): unknown }): {
  write(line: string): void;
} {
  return {
    write(line: string): void {
      sink.write(redactText(line));
    },
  };
}

/**
 * TypeORM's logger: only failed queries, through Nest's logger, without their parameters. TypeORM's
 * own console logger prints a failed query's parameters (`-- PARAMETERS: ["110101…"]`): the ID
 * number, name and phone of a registration that hit a unique index, for one.
 */
export class RedactingTypeOrmLogger implements TypeOrmLogger {
  private readonly logger = new Logger('Database');

  logQueryError(error: string | Error, query: string): void {
    const message = typeof error === 'string' ? error : error.message;
    // The statement's start is enough to find it; values are bound as parameters, and anything
    // written into the text itself is masked like any line.
    this.logger.error(
      redactText(`query failed: ${message} — ${query.replace(/\s+/g, ' ').slice(0, 300)}`),
    );
  }

  // Queries, slow queries, schema building, migrations and notices were not logged before
  // (logging: ['error']) and are not now.
  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
