import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { loadConfig } from '../common/config/app-config';
import { buildOpenApiDocument, toSortedYaml } from './openapi';

/**
 * Writes openapi.yaml at the repository root from the code, or with --check fails when the committed file
 * differs. Runs the app in preview mode: no database or Redis is needed.
 */
async function main() {
  const check = process.argv.includes('--check');
  const target = resolve(__dirname, '../../../../openapi.yaml');
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://unused/unused', REDIS_URL: 'redis://unused:6379' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), new FastifyAdapter(), { preview: true, logger: false });
  app.setGlobalPrefix('api');
  const yaml = toSortedYaml(buildOpenApiDocument(app));
  await app.close();
  if (!check) {
    writeFileSync(target, yaml);
    console.log(`Wrote ${target}`);
    return;
  }
  const committed = readFileSync(target, 'utf8');
  if (committed !== yaml) {
    console.error('openapi.yaml is out of date with the code. Run `npm run openapi:generate` and commit the result.');
    process.exit(1);
  }
  console.log('openapi.yaml matches the code.');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
