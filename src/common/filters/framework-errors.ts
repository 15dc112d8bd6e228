import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from './error-body';

/**
 * Fastify answers a few malformed requests itself, before any route (so before Nest's exception
 * filter): a path that does not percent-decode (`/api/contests/%ZZ`), a path parameter longer than
 * its limit, a header section over Node's limit, a request line that does not parse. Its own
 * bodies (`{ error, message, statusCode }`, some without a code) are not the API's error shape;
 * these two handlers give them that shape. Wire them in as the FastifyAdapter options
 * `frameworkErrors: answerFrameworkError` and `clientErrorHandler: answerClientError`.
 */
export function answerFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const body: ErrorBody = {
    statusCode: 400,
    code: 'BAD_REQUEST',
    message:
      error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? 'A part of the path is too long'
        : error.code === 'FST_ERR_BAD_URL'
          ? 'The path is not a valid URL (a % not followed by two hex digits, or bytes that are not UTF-8)'
          : 'The request could not be routed',
  };
  void reply.status(400).header('content-type', 'application/json; charset=utf-8').send(body);
}

/** Node's HTTP parser errors: answered on the raw socket, as Fastify's default does, but in the API's shape. */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const statusCode =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? 431
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : 400;
  const body: ErrorBody = {
    statusCode,
    code: 'BAD_REQUEST',
    message:
      statusCode === 431
        ? 'The request headers are too large'
        : statusCode === 408
          ? 'The request took too long to arrive'
          : 'The request is not valid HTTP',
  };
  const text = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(text)}\r\nConnection: close\r\n\r\n${text}`,
    );
  }
  socket.destroy(error);
}
