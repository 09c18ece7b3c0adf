import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL for the site, from the API's committed SDL. The documents live in
 * src/lib/server/operations.ts; `npm run web:codegen` rewrites src/lib/gql (committed), and
 * test/architecture/web-codegen.spec.ts fails when they drift from them.
 */
// Paths from the repository root, where `npm run web:codegen` and the tests run.
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/lib/server/operations.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/lib/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        useTypeImports: true,
        enumsAsTypes: true,
      },
    },
  },
};
export default config;
