import 'reflect-metadata';
import { createApp } from './app.setup';
import { ConfigError, loadConfig } from './common/config/app-config';

async function main() {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  console.log(`WhisperGifts API listening on http://${config.host}:${config.port}/api (docs at /api/docs)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
