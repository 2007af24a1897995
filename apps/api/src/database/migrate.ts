import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../common/config/app-config';
import { dataSourceOptions } from './data-source-options';
import { QueryCounter } from './query-counter';

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL and exits. The compose stack runs this once before the API starts. */
async function migrate() {
  const config = loadConfig();
  const logger = new QueryCounter((level, message) => console.log(`[${level}] ${message}`));
  // Migrations are slow by nature: no slow-query warnings here.
  const dataSource = new DataSource({ ...dataSourceOptions(config.databaseUrl, 1, logger), maxQueryExecutionTime: undefined });
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Database is up to date.');
  } finally {
    await dataSource.destroy();
  }
}

migrate().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
