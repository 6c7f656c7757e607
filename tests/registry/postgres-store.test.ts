import { afterAll } from 'vitest';
import { storeContract } from './store-contract.js';
import { describePostgres, TestSchemas } from './support/postgres.js';

const schemas = new TestSchemas();
afterAll(() => schemas.dropAll());

await describePostgres('PostgreSQL store', () => {
  storeContract('PostgreSQL', () => schemas.store());
});
