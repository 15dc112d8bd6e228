import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type {
  OperationObject,
  ResponsesObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ErrorResponse } from '../common/errors/error.response';
import metadata from '../metadata';

/**
 * The API's OpenAPI document, the contract every client is generated from. Schemas come from the
 * swagger plugin's metadata, generated ahead of time into src/metadata.ts by `npm run openapi`
 * (from the `.dto.ts`, `.response.ts` and `.entity.ts` classes and the controllers' return types),
 * so that the compiled server, the tests (which do not run the plugin) and the committed
 * docs/openapi.json all describe the same thing; a test fails when any of them drifts.
 */
export async function openApiDocument(app: INestApplication): Promise<OpenAPIObject> {
  await SwaggerModule.loadPluginMetadata(metadata);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('职工职业技能大赛管理系统 API')
      .setDescription(
        'Skills-competition management for trade unions. Every error answers ' +
          '`{ statusCode, code, message, details? }` (ErrorResponse), `code` being one of the ' +
          'catalogue `ErrorCode`.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
    { extraModels: [ErrorResponse] },
  );
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = operations[method];
      if (operation) describeErrors(path, method, operation);
    }
  }
  return document;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Every error status the API answers, with what it means on any route. */
const ERROR_STATUSES: Record<number, string> = {
  400: 'The request is malformed or breaks a rule of its own content (VALIDATION_FAILED, INVALID_ID, a rule’s code, …)',
  401: 'No valid session (UNAUTHENTICATED)',
  403: 'The caller’s role or units do not allow this (FORBIDDEN or a more precise code)',
  404: 'What the path names does not exist, or is not the caller’s to see',
  409: 'Clashes with the current state: a duplicate, a wrong step of the lifecycle, a stale write',
  413: 'The body or upload is over its limit',
  415: 'The body or upload is of a type this route does not read',
  429: 'Too many requests from this address or account; `details.retryAfterSeconds` and Retry-After say how long to wait',
  500: 'An unexpected fault (INTERNAL_ERROR); the cause is logged, never answered',
  503: 'A dependency is down (QUEUE_UNAVAILABLE, DATABASE_BUSY, SERVICE_UNAVAILABLE); retry later',
};

/**
 * Adds the error responses an operation can answer, each with the ErrorResponse schema, from
 * what the route is: a signed-in route answers 401 and 403, a route with parameters or a body
 * 400, a path naming something 404, a signed-in change 409, any change (it may carry a body)
 * 413 and 415, a public form (sign-in, look-ups) and an upload 429; every route 500 and 503
 * (test/e2e/fuzz.e2e-spec.ts holds every status the fuzzer meets against this). Responses a controller
 * declares itself keep their words and get the schema.
 */
function describeErrors(
  path: string,
  method: (typeof METHODS)[number],
  operation: OperationObject,
): void {
  const signedIn = (operation.security ?? []).length > 0;
  const changes = method !== 'get';
  const body = operation.requestBody as { content?: Record<string, unknown> } | undefined;
  const upload = body?.content?.['multipart/form-data'] !== undefined;
  const statuses = new Set<number>([500, 503]);
  // Any request that sends a body may send one that is malformed, too large or of a type the
  // route does not read, whether the route reads a body or not (the parser answers first).
  if ((operation.parameters ?? []).length > 0 || body || changes) statuses.add(400);
  if (changes) {
    statuses.add(413);
    statuses.add(415);
  }
  if (signedIn) {
    statuses.add(401);
    statuses.add(403);
  }
  if (path.includes('{')) statuses.add(404);
  if (signedIn && changes) statuses.add(409);
  if ((!signedIn && changes) || upload) statuses.add(429);
  const responses: ResponsesObject = operation.responses;
  for (const declared of Object.keys(responses))
    if (Number(declared) >= 400) statuses.add(Number(declared));
  for (const status of [...statuses].sort((a, b) => a - b)) {
    const declared = responses[status] as { description?: string } | undefined;
    responses[status] = {
      description: declared?.description || ERROR_STATUSES[status] || 'Refused',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
    };
  }
}
