import { session } from './session';

/** An API error: `{ statusCode, code, message, details? }` as every route answers it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** No answer at all (offline, server down): callers that keep work locally check for this. */
export class NetworkError extends Error {}

type Body = object | FormData | undefined;

/**
 * One call to the API under /api: JSON in and out, the session's Bearer token, errors as ApiError
 * (a 401 also ends the session, so the pages send the user to sign in again).
 */
export async function api<T>(
  method: string,
  path: string,
  body?: Body,
  headers: Record<string, string> = {},
): Promise<T> {
  return (await apiWithHeaders<T>(method, path, body, headers)).data;
}

/**
 * The same call, with the response's headers for the routes that answer some of it there (the
 * full count of a paged list in X-Total-Count), so that no page needs to call fetch itself.
 */
export async function apiWithHeaders<T>(
  method: string,
  path: string,
  body?: Body,
  headers: Record<string, string> = {},
): Promise<{ data: T; headers: Headers }> {
  let res: Response;
  try {
    res = await fetch(`/api${path}`, {
      method,
      headers: {
        ...(session.token ? { authorization: `Bearer ${session.token}` } : {}),
        ...(body === undefined || body instanceof FormData
          ? {}
          : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch (error) {
    throw new NetworkError(String(error));
  }
  const text = await res.text();
  if (!res.ok) {
    if (res.status === 401) session.signOut();
    throw failure(res, text);
  }
  return { data: (text ? safeJson(text) : undefined) as T, headers: res.headers };
}

/** A refused call's body `{ code, message, details }` as an ApiError (any other body: its text). */
function failure(res: Response, text: string): ApiError {
  const parsed = text ? safeJson(text) : undefined;
  const e = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as {
    code?: string;
    message?: string;
    details?: unknown;
  };
  return new ApiError(res.status, e.code ?? `HTTP_${res.status}`, e.message ?? text, e.details);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A file download through the API (with the token), saved under the server's file name. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await fetch(`/api${path}`, {
    headers: session.token ? { authorization: `Bearer ${session.token}` } : {},
  });
  if (!res.ok) throw failure(res, await res.text());
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : fallbackName;
  a.click();
  URL.revokeObjectURL(url);
}
