import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import {
  createTestDatabase,
  RunningApi,
  startApi,
  testConfig,
  TestDatabase,
} from './support/test-env';

const SDL_FILE = join(__dirname, '..', 'apps', 'api', 'schema.graphql');
const HEADER =
  '# Generated from the code by `npm run schema:update`; a test fails when it drifts. Do not edit.\n\n';

describe('The committed SDL (apps/api/schema.graphql)', () => {
  let db: TestDatabase;
  let api: RunningApi;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testConfig({ DATABASE_URL: db.url }));
  });
  afterAll(async () => {
    await api.close();
    await db.drop();
  });

  it('matches the schema the code generates', () => {
    const sdl =
      HEADER + printSchema(lexicographicSortSchema(api.app.get(GraphQLSchemaHost).schema)) + '\n';
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SDL_FILE, sdl);
    const committed = readFileSync(SDL_FILE, 'utf8');
    if (committed !== sdl) {
      throw new Error(
        'apps/api/schema.graphql is out of date: run `npm run schema:update` and commit it.',
      );
    }
  });
});
