import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger, RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { openApiDocument } from './openapi';
import { AppModule, AppModuleOptions } from '../app.module';
import { answerClientError, answerFrameworkError } from '../common/filters/framework-errors';
import { createValidationPipe } from '../common/http/validation.pipe';
import { Environment } from '../config/environment';
import { processLogger, secureDataDirectories, warnTightened } from './process-setup';
import { trustedProxies } from '../config/trust-proxy';

/**
 * The web pages (web/, built by Vite) at `/`. They route by the URL's hash (`/#/rankings/1`), so
 * every page is index.html and nothing here needs to know the pages' paths; /api, /health and
 * /verify stay the API's. Without a build (tests, `nest start`) the API runs alone.
 */
function serveWebPages(app: NestFastifyApplication, dir: string): void {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('Bootstrap').warn(
      `No web pages at ${root} (run npm run build); serving the API only`,
    );
    return;
  }
  app.useStaticAssets({ root, prefix: '/', index: ['index.html'], wildcard: false });
}

/**
 * Secure headers on every answer (API, web pages, Swagger UI, errors). The content security policy
 * allows only this origin's scripts: the Vite build has no inline script, and Swagger UI loads its
 * scripts from files. Styles may be inline (Element Plus and ECharts set style attributes; Swagger
 * UI and the verification page have <style> blocks); images and fonts may be data: URLs (icons,
 * chart exports). No `upgrade-insecure-requests`: on an intranet the service is often plain HTTP,
 * and the directive would send the pages' own requests to an https:// port that is not there.
 */
async function registerSecureHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
      },
    },
    // A download (certificate PDF, export) opened from another site is still a navigation; the
    // API's answers are for this origin's pages and for the origins CORS_ORIGINS names.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

/**
 * Cross-origin access: none unless CORS_ORIGINS names origins, and then exactly those (no
 * wildcard, no credentials: the API takes a Bearer token, not cookies).
 */
export function corsOrigins(env: Environment): string[] {
  return env.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
}

function enableCors(app: NestFastifyApplication, env: Environment): void {
  const origins = corsOrigins(env);
  if (origins.length === 0) return;
  app.enableCors({
    origin: origins,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match'],
    exposedHeaders: [
      'Content-Disposition',
      'Retry-After',
      'X-Total-Count',
      'X-Run-Id',
      'X-Run-Status',
    ],
    credentials: false,
    maxAge: 600,
  });
}

/**
 * Personal data is not to be kept by browsers or proxies: every answer of the API and of the
 * verification page is `Cache-Control: no-store`, unless its route chose a caching policy itself,
 * and except the public tables (competitions, rankings, unit table), which are public on purpose
 * and cached by the service.
 */
const PUBLIC_TABLES = /^\/api\/public\/competitions(\/\d+(\/(rankings|units))?)?\/?(\?|$)/;

function setNoStore(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', (request, reply, payload, done) => {
      const url = request.url;
      const ours = url.startsWith('/api/') || url.startsWith('/verify/') || url === '/health';
      const publicTable = request.method === 'GET' && PUBLIC_TABLES.test(url);
      if (ours && !publicTable && !reply.hasHeader('cache-control')) {
        void reply.header('cache-control', 'no-store');
      }
      done(null, payload);
    });
}

/** The API application, configured the same way for `npm start` and for the e2e tests. */
export async function createApp(
  env: Environment,
  options: AppModuleOptions = {},
): Promise<NestFastifyApplication> {
  const tightened = secureDataDirectories(env);
  const logger = processLogger(env.LOG_LEVEL);
  const adapter = new FastifyAdapter({
    // One pino logger for Fastify and Nest (common/logger.ts): a JSON line per request (id, method,
    // url, status, time taken), query values and anything shaped like an ID or phone number masked.
    loggerInstance: logger.pino,
    bodyLimit: env.BODY_LIMIT_BYTES,
    // X-Forwarded-For is believed only from the proxies TRUST_PROXY names (request.ip is then the
    // client's address); from anyone else it is ignored, so a client cannot choose its own address.
    trustProxy:
      trustedProxies(env.TRUST_PROXY).length > 0 ? trustedProxies(env.TRUST_PROXY) : false,
    // What Fastify refuses before any route (a path that does not decode, an over-long parameter,
    // oversized headers, a request that is not HTTP) gets the API's error body too.
    frameworkErrors: answerFrameworkError,
    clientErrorHandler: answerClientError,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(env, options),
    adapter,
    {
      logger,
      abortOnError: false,
    },
  );
  warnTightened(tightened);
  await registerSecureHeaders(app);
  setNoStore(app);
  enableCors(app, env);
  // Uploads (rosters): one file per request, capped while it streams in (see common/http/upload.ts).
  await app.register(multipart, {
    limits: { fileSize: env.ROSTER_MAX_BYTES, files: 1, fields: 10, parts: 20 },
  });
  app.setGlobalPrefix('api', {
    exclude: [
      { path: 'health', method: RequestMethod.GET },
      { path: 'verify/:code', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(createValidationPipe());
  serveWebPages(app, env.WEB_DIR);
  // No enableShutdownHooks(): main.ts stops on SIGTERM itself (bootstrap/graceful-shutdown.ts).

  const document = await openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  new Logger('Bootstrap').log('API ready');
  return app;
}
