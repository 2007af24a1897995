import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { ENVELOPE_TYPE } from './error-tunnel';
import { ErrorTunnel } from './error-tunnel.service';

@ApiTags('errors')
@Public()
@Controller('errors')
export class ErrorTunnelController {
  constructor(private readonly tunnel: ErrorTunnel) {}

  @ApiOperation({
    summary: 'Relay a browser error report',
    description:
      "The web app's Sentry SDK posts its envelopes here (a tunnel), so they stay on this origin. Only envelopes for the configured project (SENTRY_BROWSER_DSN) are relayed; 404 when error reporting is off.",
  })
  @Post()
  @HttpCode(204)
  @ApiConsumes(ENVELOPE_TYPE)
  @ApiBody({ schema: { type: 'string', maxLength: 262144 } })
  @ApiNoContentResponse({ description: 'Relayed (or dropped by Sentry; the browser need not retry).' })
  @ApiProblems(400, 404, 413, 415, 429)
  relay(@Body() envelope: string, @Req() request: FastifyRequest): Promise<void> {
    return this.tunnel.relay(envelope, request.ip);
  }
}
