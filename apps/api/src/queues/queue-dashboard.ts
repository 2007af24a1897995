import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter as BullBoardAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Authentication } from '../accounts/authentication.service';
import { ProblemException, msg } from '../common/problem/problem';
import { problem } from '../common/problem/problem.filter';
import { QUEUES } from './queues';

export const QUEUE_DASHBOARD_PATH = '/api/admin/queues';

/**
 * Bull Board (the queues' web UI and its JSON API) for administrators. It is a Fastify plugin outside Nest's
 * router, so the global auth guard never sees it: this scope has its own check. Mount it after the session
 * plugin, so the session is loaded first; the root hooks (cross-site protection, request id) apply as well.
 */
export async function mountQueueDashboard(app: NestFastifyApplication): Promise<void> {
  const board = new BullBoardAdapter();
  createBullBoard({
    queues: Object.values(QUEUES).map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name)))),
    // @bull-board/fastify's latest release pins @bull-board/api one patch behind ours; the adapter only stores what
    // createBullBoard hands it, so the two copies' identical types differ in name only.
    serverAdapter: board as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: 'WhisperGifts queues' } },
  });
  const authentication = app.get(Authentication, { strict: false });
  await app.register(async (scope: FastifyInstance) => {
    scope.addHook('onRequest', adminsOnly(authentication));
    // Job data holds guests' names and addresses: nothing here may be stored by a browser or proxy cache.
    scope.addHook('onSend', async (_request, reply) => {
      void reply.header('cache-control', 'no-store');
    });
    await scope.register(board.registerPlugin(), { prefix: QUEUE_DASHBOARD_PATH });
  });
}

/** 401 without credentials, 403 for a signed-in non-administrator, both problem+json; the board itself only for admins. */
function adminsOnly(authentication: Authentication) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const principal = await authentication.identify(request);
      if (!principal) {
        throw new ProblemException(401, 'unauthenticated', msg('problems:queues.unauthenticated'));
      }
      // The same rules as the API's admin routes: the role from the account, writes (retry, clean) need the write scope.
      await authentication.authorize(principal, 'admin', request.method);
    } catch (error) {
      if (!(error instanceof ProblemException)) throw error;
      const body = error.body.type.endsWith('/forbidden') ? problem(403, 'forbidden', 'Only administrators may see the queues.') : error.body;
      await reply
        .status(body.status)
        .header('content-type', 'application/problem+json; charset=utf-8')
        .send(JSON.stringify({ ...body, instance: request.url }));
    }
  };
}
