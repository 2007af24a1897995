import { dropDatabase, templateDatabase } from './databases';

export default async function globalTeardown() {
  await dropDatabase(templateDatabase());
}
