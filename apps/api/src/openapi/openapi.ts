import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { stringify } from 'yaml';
import { SESSION_COOKIE } from '../accounts/sessions';

/** The OpenAPI document, built from the controllers and DTOs. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('WhisperGifts API')
    .setDescription(
      'The wedding gift registry API. Couples manage registries and items; guests read a gift list and reserve gifts without an account. ' +
        'Errors are RFC 9457 `application/problem+json`. Authenticate with the session cookie (the web app) or a personal access token (`Authorization: Bearer wgp_...`).',
    )
    .setVersion('1.0.0')
    .setLicense('Proprietary', 'https://whispergifts.com/terms')
    .addServer('/', 'This server')
    // The token scheme first: it is the one to paste into Swagger UI's Authorize. A browser cannot send a cookie a page sets
    // by hand, so a token pasted under the cookie scheme never arrived (401); the session cookie goes along by itself after login.
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        description:
          'A personal access token (`wgp_...`) made on the Access tokens page of the web app: paste it here. Scope `read` allows GET requests; `write` allows changes too.',
      },
      'token',
    )
    .addCookieAuth(
      SESSION_COOKIE,
      {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The session cookie that POST /api/auth/login sets. Nothing to paste: your browser sends it once you are signed in.',
      },
      'session',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  // Routes marked @Authenticated()/@AdminOnly() declare their security; every other route is public by an explicit @Public().
  for (const operations of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete'] as const) {
      const operation = operations[method];
      if (operation && !operation.security) operation.security = [];
      // Any change made with a token can meet a read-only one.
      if (operation && method !== 'get' && (operation.security ?? []).some((requirement) => 'token' in requirement)) {
        operation.responses['403'] ??= {
          description: 'Not allowed, e.g. an access token without the `write` scope (`insufficient-scope`).',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
        };
      }
    }
  }
  return document;
}

/** YAML with every map's keys sorted, so the committed file changes only when the API does. */
export function toSortedYaml(document: OpenAPIObject): string {
  return stringify(JSON.parse(JSON.stringify(document)), { sortMapEntries: true, lineWidth: 0 });
}
