import 'reflect-metadata';
import { createApp } from '../../apps/api/src/app.setup';
import { loadConfig } from '../../apps/api/src/common/config/app-config';
import { serve } from './child';

/** The real API, built by `createApp` exactly as `main.ts` builds it, configured from the environment the parent sets. */
serve(async () => {
  const app = await createApp(loadConfig(process.env));
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  return { port, close: () => app.close() };
});
