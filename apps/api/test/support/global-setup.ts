import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source-options';
import { databaseUrl, dropStaleTestDatabases, newDatabaseName, withAdminClient } from './databases';

/** Builds the migrated template database every test file clones; workers find its name in the environment. */
export default async function globalSetup() {
  await dropStaleTestDatabases();
  const template = newDatabaseName('tpl');
  await withAdminClient((client) => client.query(`CREATE DATABASE ${template}`));
  const dataSource = new DataSource(dataSourceOptions(databaseUrl(template), 1));
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.env.WG_TEST_TEMPLATE = template;
}
