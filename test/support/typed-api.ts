import createClient from 'openapi-fetch';
import type { Readable } from 'node:stream';
import type TestAgent from 'supertest/lib/agent';
import { type ApiClient } from '../../bench/api';
import type { paths } from '../../web/src/api/schema';

export { ok, setStatus, type Schemas } from '../../bench/api';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete' | 'head' | 'options';

/** The response's bytes as they came (supertest would otherwise parse JSON and drop binaries). */
function rawBody(res: unknown, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const stream = res as Readable;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
  stream.on('error', (error: Error) => done(error, Buffer.alloc(0)));
}

/** Sends openapi-fetch's request through the supertest agent and answers as fetch would. */
async function forward(http: TestAgent, request: Request): Promise<Response> {
  const url = new URL(request.url);
  let test = http[request.method.toLowerCase() as Method](url.pathname + url.search);
  request.headers.forEach((value, name) => {
    test = test.set(name, value);
  });
  const body = Buffer.from(await request.arrayBuffer());
  // As is: superagent would otherwise serialize a JSON request's bytes again, as a Buffer object.
  if (body.length > 0)
    test = test.serialize((bytes: Buffer) => bytes as unknown as string).send(body);
  const res = await test.buffer(true).parse(rawBody);
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers as Record<string, string | string[]>))
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  const empty = res.status === 204 || res.status === 304;
  const response = new Response(empty ? null : (res.body as Buffer), {
    status: res.status,
    headers,
  });
  // What fetch would set, for messages that name the request (see ok()).
  Object.defineProperty(response, 'url', { value: request.url });
  return response;
}

/**
 * The in-process app (test/support/e2e-app.ts) through the client the benchmark and the demo use:
 * openapi-fetch typed by the document (web/src/api/schema.d.ts), its requests handed to the
 * supertest agent instead of the network. Paths, parameters, bodies and answers are checked
 * against what the server describes:
 * `await ok(typedApi(http, organizer).POST('/api/units', { body: { code, name } }))`.
 * `auth` is an Authorization header value as `E2eApp.login` gives it ("Bearer …").
 */
export function typedApi(http: TestAgent, auth?: string): ApiClient {
  return createClient<paths>({
    baseUrl: 'http://e2e.test',
    headers: auth ? { authorization: auth } : {},
    fetch: (request) => forward(http, request),
  });
}
