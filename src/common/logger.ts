import type { LoggerService } from '@nestjs/common';
import pino, { Logger as PinoLogger } from 'pino';
import { redactingStream, serializeRequest } from './log-redaction';

/**
 * One log for every process of the service (the API and the job runner): pino, one JSON line per
 * entry (`level`, `time`, `pid`, `hostname`, then `context` or the request's `reqId`/`req`/`res`,
 * and `msg`), at LOG_LEVEL (`silent` writes nothing), every line redacted on its way out
 * (common/log-redaction). Fastify logs its requests through this instance, Nest's Logger through
 * `NestPinoLogger` below.
 */

export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Where the lines go: standard output, or a test's capture. */
export interface LineSink {
  write(line: string): unknown;
}

export function createLogger(level: LogLevelName, sink: LineSink = process.stdout): PinoLogger {
  return pino({ level, serializers: { req: serializeRequest } }, redactingStream(sink));
}

// Nest calls a logger service with `(message, ...params)`, the last string param being the
// caller's context (`new Logger('Bootstrap')`); `error` is `(message, stack?, context?)`.
const STACK = /\n\s+at /;

function contextOf(params: unknown[]): string | undefined {
  const last = params.at(-1);
  return typeof last === 'string' ? last : undefined;
}

/** An object logged as a message: its JSON (what Nest's console logger printed), or its name. */
function describe(value: object): string {
  try {
    return JSON.stringify(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Nest's LoggerService over a pino logger: Nest's levels to pino's (`log` is info, `verbose` trace). */
export class NestPinoLogger implements LoggerService {
  constructor(readonly pino: PinoLogger) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  error(message: unknown, ...params: unknown[]): void {
    // One param: a stack (Nest's own errors) or a context; two: stack then context.
    let stack: string | undefined;
    let context: string | undefined;
    if (params.length === 1 && typeof params[0] === 'string') {
      if (STACK.test(params[0])) stack = params[0];
      else context = params[0];
    } else if (params.length >= 2) {
      stack = typeof params[0] === 'string' ? params[0] : undefined;
      context = contextOf(params);
    }
    this.emit('error', message, context, stack === undefined ? {} : { stack });
  }

  private write(
    level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    params: unknown[],
  ) {
    this.emit(level, message, contextOf(params), {});
  }

  private emit(
    level: 'info' | 'warn' | 'debug' | 'trace' | 'fatal' | 'error',
    message: unknown,
    context: string | undefined,
    extra: Record<string, unknown>,
  ): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const fields: Record<string, unknown> = { ...(context ? { context } : {}), ...extra };
    if (message instanceof Error) {
      this.pino[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.pino[level](fields, describe(message));
    } else {
      this.pino[level](fields, String(message));
    }
  }
}
