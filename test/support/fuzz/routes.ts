import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  HOSTED_CONTEST_KEY,
  PUBLIC_KEY,
  ROLES_KEY,
} from '../../../src/common/auth/roles.decorator';
import type { Role } from '../../../src/common/auth/principal';
import { type Class, DtoShape, dtoShape } from './dto-fields';

/** One route of the API, as the fuzzer sees it. */
export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** OpenAPI style: `/api/contests/{id}/scores`. */
  path: string;
  pathParams: Array<{ name: string; type: 'id' | 'text' }>;
  /** Whether the OpenAPI document lists it (a route it leaves out is fuzzed all the same). */
  inOpenApi: boolean;
  public: boolean;
  roles: Role[];
  /** A route acting on one contest, which a coordinator of its host unit organises (@HostedContest). */
  hosted: boolean;
  body: DtoShape | null;
  query: DtoShape | null;
  /** The route reads the query string by hand (a plain record), not through a DTO. */
  rawQuery: boolean;
  multipart: boolean;
  headers: string[];
  /** `Controller_method`, as in the OpenAPI document's operationId. */
  operationId: string;
}

interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: Array<{ name: string; in: string; schema?: { type?: string } }>;
        requestBody?: { content: Record<string, unknown> };
      }
    >
  >;
}

interface RouteArg {
  index: number;
  data?: unknown;
}

interface Handler {
  controller: Class;
  method: string;
  path: string;
  httpMethod: FuzzRoute['method'];
}

const METHOD_NAMES: Partial<Record<RequestMethod, FuzzRoute['method']>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

/** Every route handler Nest registered, whether or not the OpenAPI document shows it. */
function nestHandlers(app: NestFastifyApplication): Handler[] {
  const handlers: Handler[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Class | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const proto = controller.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(proto)) {
        if (method === 'constructor' || typeof proto[method] !== 'function') continue;
        const fn = proto[method] as object;
        const sub = Reflect.getMetadata(PATH_METADATA, fn) as string | undefined;
        const verb = Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod | undefined;
        if (sub === undefined || verb === undefined || !METHOD_NAMES[verb]) continue;
        const joined = ['', base, sub]
          .map((s) => s.replace(/^\/+|\/+$/g, ''))
          .filter((s) => s !== '')
          .join('/');
        const path = `/${joined}`.replace(/:(\w+)/g, '{$1}');
        handlers.push({ controller, method, path, httpMethod: METHOD_NAMES[verb] });
      }
    }
  }
  return handlers;
}

function describeHandler(
  h: Handler,
  path: string,
  inOpenApi: boolean,
  openApiBodyTypes: string[],
): FuzzRoute {
  const fn = (h.controller.prototype as Record<string, object>)[h.method];
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, h.controller, h.method) ?? {}) as Record<
    string,
    RouteArg
  >;
  const types = (Reflect.getMetadata('design:paramtypes', h.controller.prototype, h.method) ??
    []) as Class[];
  const argOf = (kind: RouteParamtypes): RouteArg[] =>
    Object.entries(args)
      .filter(([key]) => key.split(':')[0] === String(kind))
      .map(([, arg]) => arg);
  const dtoOf = (kind: RouteParamtypes): { shape: DtoShape | null; raw: boolean } => {
    const arg = argOf(kind)[0];
    if (!arg) return { shape: null, raw: false };
    const type = types[arg.index];
    if (!type || type === Object || type === String) return { shape: null, raw: true };
    return { shape: dtoShape(type), raw: false };
  };
  const idParams = new Set(
    argOf(RouteParamtypes.PARAM)
      .filter((a) => ((a as { pipes?: unknown[] }).pipes ?? []).length > 0)
      .map((a) => String(a.data)),
  );
  const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    type: idParams.has(m[1]) ? ('id' as const) : ('text' as const),
  }));
  const targets = [fn, h.controller];
  const meta = <T>(key: string): T | undefined =>
    targets.map((t) => Reflect.getMetadata(key, t) as T | undefined).find((v) => v !== undefined);
  const body = dtoOf(RouteParamtypes.BODY);
  const query = dtoOf(RouteParamtypes.QUERY);
  return {
    method: h.httpMethod,
    path,
    pathParams,
    inOpenApi,
    public: meta<boolean>(PUBLIC_KEY) === true,
    roles: meta<Role[]>(ROLES_KEY) ?? [],
    hosted: meta<object>(HOSTED_CONTEST_KEY) !== undefined,
    body: body.shape,
    query: query.shape,
    rawQuery: query.raw,
    multipart: openApiBodyTypes.includes('multipart/form-data'),
    headers: argOf(RouteParamtypes.HEADERS).map((a) => String(a.data)),
    operationId: `${h.controller.name}_${h.method}`,
  };
}

/**
 * The fuzzer's route table: every operation of the app's OpenAPI document (GET /api/docs-json),
 * completed from the handler behind it (its DTO classes and roles), and every route Nest serves
 * that the document leaves out.
 */
export function fuzzRoutes(app: NestFastifyApplication, document: OpenApiDocument): FuzzRoute[] {
  const handlers = nestHandlers(app);
  const byOperation = new Map(handlers.map((h) => [`${h.controller.name}_${h.method}`, h]));
  const routes: FuzzRoute[] = [];
  const seen = new Set<Handler>();
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [verb, operation] of Object.entries(operations)) {
      const handler = byOperation.get(operation.operationId);
      if (!handler) throw new Error(`no handler behind ${verb} ${path} (${operation.operationId})`);
      if (handler.httpMethod !== verb.toUpperCase()) throw new Error(`${path}: method mismatch`);
      seen.add(handler);
      routes.push(
        describeHandler(
          handler,
          path,
          true,
          Object.keys(operation.requestBody?.content ?? {}).map((t) => t.toLowerCase()),
        ),
      );
    }
  }
  const fastify = app.getHttpAdapter().getInstance();
  for (const handler of handlers.filter((h) => !seen.has(h))) {
    // Outside the document (e.g. the certificate QR page at /verify/:code): under /api unless it
    // is one of create-app's exclusions from the global prefix; Fastify knows which.
    const fastifyPath = (p: string) => p.replace(/\{(\w+)\}/g, ':$1');
    const prefixed = `/api${handler.path}`;
    const path = fastify.hasRoute({ url: fastifyPath(prefixed), method: handler.httpMethod })
      ? prefixed
      : handler.path;
    routes.push(describeHandler(handler, path, false, []));
  }
  return routes;
}
