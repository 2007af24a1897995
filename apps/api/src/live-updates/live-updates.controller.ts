import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../common/auth/auth-decision';
import { ApiProblems } from '../common/problem/problem.dto';
import { LiveEvents } from './live-events.service';
import { lastEventId } from './sse';

@ApiTags('gift list (guests)')
@Public()
@Controller('public/registries/:slug/events')
export class LiveUpdatesController {
  constructor(private readonly live: LiveEvents) {}

  @ApiOperation({
    summary: 'Hear of changes to a gift list while it is open (guest)',
    description:
      'A `text/event-stream` (server-sent events). Each `changed` event carries the registry version as its `id` and ' +
      '`{"version": n}` as data (`{"version": null}` when the list is gone or locked for this session; the stream then ends). ' +
      'The first event names the current version unless `Last-Event-ID` already does. On an event, fetch the list again ' +
      'conditionally (If-None-Match): nothing else is sent. Comment lines are heartbeats. Password lists need the session ' +
      'that unlocked them. A stream ended by the server (a restart) says in `retry` when to reconnect.',
  })
  @Get()
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The last version this client heard of (on reconnect).' })
  @ApiQuery({ name: 'lastEventId', required: false, type: 'integer', description: 'Last-Event-ID for clients that cannot set headers.' })
  @ApiOkResponse({ description: 'The event stream, open until the client leaves.', content: { 'text/event-stream': { schema: { type: 'string' } } } })
  @ApiProblems(401, 404, 503)
  events(@Param('slug') slug: string, @Query('lastEventId') query: unknown, @Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.live.open(slug, request.session, lastEventId(request.headers['last-event-id'], query), reply);
  }
}
