import Fastify, { type FastifyInstance } from 'fastify';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { answerClientError, answerFrameworkError } from './framework-errors';

/** Raw bytes in, the whole answer out (status and parsed body). */
function exchange(port: number, bytes: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      resolve({
        status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]),
        body: JSON.parse(rest.join('\r\n\r\n')) as unknown,
      });
    });
    socket.write(bytes);
  });
}

describe('answers to requests Fastify refuses before any route', () => {
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    app = Fastify({ frameworkErrors: answerFrameworkError, clientErrorHandler: answerClientError });
    app.get('/things/:id', () => ({ ok: true }));
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as AddressInfo).port;
  });

  afterAll(() => app.close());

  const request = (line: string, headers = '') =>
    exchange(port, `${line}\r\nHost: x\r\nConnection: close\r\n${headers}\r\n`);

  it('a path that does not percent-decode: 400 BAD_REQUEST', async () => {
    expect(await request('GET /things/%ZZ HTTP/1.1')).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        code: 'BAD_REQUEST',
        message: expect.stringContaining('not a valid URL'),
      },
    });
  });

  it('a path parameter over the limit: 400 BAD_REQUEST', async () => {
    expect(await request(`GET /things/${'1'.repeat(200)} HTTP/1.1`)).toEqual({
      status: 400,
      body: { statusCode: 400, code: 'BAD_REQUEST', message: 'A part of the path is too long' },
    });
  });

  it('headers over the limit: 431 with a code', async () => {
    expect(await request('GET /things/1 HTTP/1.1', `X-Big: ${'a'.repeat(20000)}\r\n`)).toEqual({
      status: 431,
      body: { statusCode: 431, code: 'BAD_REQUEST', message: 'The request headers are too large' },
    });
  });

  it('a request line that is not HTTP: 400 with a code', async () => {
    expect(await exchange(port, 'GARBAGE\r\n\r\n')).toEqual({
      status: 400,
      body: { statusCode: 400, code: 'BAD_REQUEST', message: 'The request is not valid HTTP' },
    });
  });
});
