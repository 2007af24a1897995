import fastifyCookie from '@fastify/cookie';
import fastifySession from '@fastify/session';
import { LogLevel as NestLogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SESSION_COOKIE, SESSION_DAYS } from './accounts/sessions';
import { AppModule } from './app.module';
import { RedisSessionStore } from './common/auth/redis-session-store';
import { AppConfig, LogLevel } from './common/config/app-config';
import { installHttpCache } from './caching/install-http-cache';
import { crossSiteProtection } from './common/http/cross-site-protection';
import { EtagHeaderInterceptor } from './common/http/etag-header.interceptor';
import { createValidationPipe } from './common/http/validation.pipe';
import { registerUploads } from './images/multipart-uploads';
import { ProblemFilter } from './common/problem/problem.filter';
import { clientErrorHandler, frameworkErrors } from './common/problem/transport-errors';
import { installInputGuards } from './common/http/input-guards';
import { mountQueueDashboard } from './queues/queue-dashboard';
import { REDIS } from './common/redis/redis.module';
import { QueryCounter } from './database/query-counter';
import { buildOpenApiDocument } from './openapi/openapi';
import { acceptOneClickForms } from './reminders/one-click-form';
import { acceptErrorEnvelopes } from './observability/error-tunnel';
import { installHttpMetrics } from './observability/http-metrics';
import { Metrics } from './observability/metrics.service';

/** Builds the API exactly as it serves requests; `main.ts`, the tests and the benchmarks all start it through here. */
export async function createApp(config: AppConfig, queryCounter?: QueryCounter): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    trustProxy: config.trustProxy.length ? config.trustProxy.join(',') : false,
    bodyLimit: config.bodyLimit,
    requestIdHeader: false,
    genReqId: requestId,
    return503OnClosing: true,
    // Fastify's and Node's own refusals (a bad URL, a malformed request line) are problem+json too.
    frameworkErrors,
    clientErrorHandler,
  });
  const sqlLogger = new Logger('SQL');
  const counter =
    queryCounter ?? new QueryCounter((level, message) => (level === 'warn' || level === 'error' ? sqlLogger.warn(message) : sqlLogger.debug(message)));
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, counter), adapter, {
    bodyParser: false,
    logger: nestLogLevels(config.logLevel),
  });

  const fastify = app.getHttpAdapter().getInstance();
  // Before anything reads the request: input no route could handle (deep JSON, NUL, absolute-form targets).
  installInputGuards(fastify, { maxDepth: config.jsonMaxDepth });
  // Then: cache hits and 304s for public lists are answered before the session and the other hooks run.
  installHttpCache(app);
  // Only JSON bodies are parsed: HTML forms (the vehicle of cross-site request forgery) can't send them.
  fastify.removeContentTypeParser('text/plain');
  acceptOneClickForms(fastify);
  acceptErrorEnvelopes(fastify);
  fastify.addHook('onRequest', crossSiteProtection(config.publicUrl));
  await registerUploads(app, config);
  fastify.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  installHttpMetrics(fastify, app.get(Metrics), config.slowRequestMs, new Logger('SlowRequest'));

  await app.register(fastifyCookie);
  await app.register(fastifySession, {
    secret: config.sessionSecret,
    cookieName: SESSION_COOKIE,
    saveUninitialized: false,
    cookie: { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: SESSION_DAYS * 86_400_000 },
    store: new RedisSessionStore(app.get<Redis>(REDIS), config.redisKeyPrefix, SESSION_DAYS * 86_400),
  });
  await mountQueueDashboard(app);

  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalInterceptors(new EtagHeaderInterceptor());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json', yamlDocumentUrl: 'api/docs/openapi.yaml' });
  await app.init();
  return app;
}

/** Keeps a caller's X-Request-ID (nginx sets one) when it is sane, so one id follows a request across layers. */
function requestId(request: IncomingMessage): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
}

function nestLogLevels(level: LogLevel): NestLogLevel[] | false {
  const order: [LogLevel, NestLogLevel][] = [
    ['fatal', 'fatal'],
    ['error', 'error'],
    ['warn', 'warn'],
    ['info', 'log'],
    ['debug', 'debug'],
    ['trace', 'verbose'],
  ];
  const index = order.findIndex(([pino]) => pino === level);
  return index < 0 ? false : order.slice(0, index + 1).map(([, nest]) => nest);
}
