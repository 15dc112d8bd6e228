import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';
import { session } from './session';

/**
 * A refusal's code: one of the document's catalogue (ErrorCode), or `HTTP_<status>` when the body
 * carried none (a proxy's page, say).
 */
export type ApiErrorCode = components['schemas']['ErrorCode'] | `HTTP_${number}`;

/** An API error: `{ statusCode, code, message, details? }` as every route answers it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** No answer at all (offline, server down): callers that keep work locally check for this. */
export class NetworkError extends Error {}

/** The session's Bearer token on every call; a 401 ends the session (the pages then sign in). */
const auth: Middleware = {
  onRequest({ request }) {
    if (session.token) request.headers.set('authorization', `Bearer ${session.token}`);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401) session.signOut();
    return response;
  },
  onError({ error }) {
    return new NetworkError(String(error));
  },
};

/**
 * The API, typed by the document (web/src/api/schema.d.ts, generated from docs/openapi.json):
 * `client.GET('/api/contests/{id}', { params: { path: { id } } })` checks the path, its
 * parameters and the body, and types the answer. The document's paths start with /api.
 */
export const client = createClient<paths>({ baseUrl: '' });
client.use(auth);

/** What one of the client's calls resolves to (openapi-fetch's FetchResponse, loosely). */
type Answer<D> = { data?: D; error?: unknown; response: Response };

/** A refused call's body `{ code, message, details }` as an ApiError (any other body: its text). */
function failure(response: Response, body: unknown): ApiError {
  const e = (typeof body === 'object' && body !== null ? body : {}) as Partial<
    components['schemas']['ErrorResponse']
  >;
  const text = typeof body === 'string' ? body : '';
  return new ApiError(
    response.status,
    e.code ?? `HTTP_${response.status}`,
    e.message ?? text,
    e.details,
  );
}

/**
 * A call's answer, or its refusal thrown as an ApiError (NetworkError when nothing answered):
 * `const contest = await call(client.GET('/api/contests/{id}', { params: { path: { id } } }))`.
 */
export async function call<D>(request: Promise<Answer<D>>): Promise<D> {
  return (await callWithHeaders(request)).data;
}

/**
 * The same, with the response's headers for the routes that answer some of it there (the full
 * count of a paged list in X-Total-Count).
 */
export async function callWithHeaders<D>(
  request: Promise<Answer<D>>,
): Promise<{ data: D; headers: Headers }> {
  const { data, error, response } = await request;
  if (!response.ok) throw failure(response, error);
  return { data: data as D, headers: response.headers };
}

/**
 * A file the API serves (with the token), saved under the server's file name:
 * `download(client.GET(path, { params, parseAs: 'blob' }), 'fallback.xlsx')`.
 */
export async function download(
  request: Promise<Answer<Blob>>,
  fallbackName: string,
): Promise<void> {
  const { data, headers } = await callWithHeaders(request);
  const disposition = headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : fallbackName;
  a.click();
  URL.revokeObjectURL(url);
}

/**
 * An upload's body as multipart form data, each file under its field with its own name:
 * `client.POST(path, { body: { file }, bodySerializer: multipart })`.
 */
export function multipart(body: Record<string, Blob | string | undefined>): FormData {
  const form = new FormData();
  for (const [field, value] of Object.entries(body)) {
    if (value instanceof File) form.append(field, value, value.name);
    else if (value !== undefined) form.append(field, value);
  }
  return form;
}
