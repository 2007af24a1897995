import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The conditional-write headers of a request (RFC 9110 §13.1): a write applies only to the version the client saw. */
export interface WritePreconditions {
  ifMatch?: string;
  ifUnmodifiedSince?: string;
}

export const Preconditions = createParamDecorator((_: unknown, context: ExecutionContext): WritePreconditions => {
  const headers = context.switchToHttp().getRequest<FastifyRequest>().headers;
  return { ifMatch: headers['if-match'], ifUnmodifiedSince: headers['if-unmodified-since'] };
});
