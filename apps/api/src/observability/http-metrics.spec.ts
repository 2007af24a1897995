import Fastify from 'fastify';
import { AppConfig } from '../common/config/app-config';
import { installHttpMetrics } from './http-metrics';
import { Metrics } from './metrics.service';

/** The slow-request log line (the original's "timelog"): route pattern, total and database time, request id. */
describe('installHttpMetrics', () => {
  async function serve(slowMs: number) {
    const metrics = new Metrics({ metricsPort: null } as AppConfig, 'api');
    const warn = jest.fn();
    const fastify = Fastify({ genReqId: () => 'req-7' });
    installHttpMetrics(fastify, metrics, slowMs, { warn } as never);
    fastify.get('/api/registries/:id', async () => {
      await new Promise((resolve) => setTimeout(resolve, 30));
      return { ok: true };
    });
    await fastify.inject({ method: 'GET', url: '/api/registries/0b7a4b1e' });
    await fastify.close();
    return warn;
  }

  it('logs a request slower than the threshold by its route pattern, with where the time went', async () => {
    const warn = await serve(20);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/^slow request GET \/api\/registries\/:id 200: total \d+ ms, database 0 ms \(request req-7\)$/);
  });

  it('says nothing of a request under the threshold', async () => {
    expect(await serve(60_000)).not.toHaveBeenCalled();
  });
});
