import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map } from 'rxjs';

/**
 * A write that returns a representation carrying an `etag` (registries, items) sends it as the ETag header too,
 * so a client can chain its next conditional write without reading again.
 */
@Injectable()
export class EtagHeaderInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler) {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (request.method === 'GET' || request.method === 'HEAD') return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((body: unknown) => {
        const etag = body && typeof body === 'object' && !Array.isArray(body) ? (body as { etag?: unknown }).etag : undefined;
        if (typeof etag === 'string') void reply.header('etag', etag);
        return body;
      }),
    );
  }
}
