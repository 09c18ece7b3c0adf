/** @type {import('jest').Config} */
const shared = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: { '^@quorum/([a-z-]+)(/.*)?$': '<rootDir>/libs/$1/src$2' },
};

/**
 * Two projects: `unit` (the rules, pure functions and the source checks: no services, seconds)
 * and `e2e` (the whole app against real PostgreSQL and Redis, started once by the global setup).
 * `npm test` runs the first, then the second; `npx jest` alone runs both.
 */
module.exports = {
  testTimeout: 60_000,
  maxWorkers: 2,
  // The longest files first, by their durations on CI when Jest has none of its own (a fresh clone).
  testSequencer: '<rootDir>/test/setup/test-sequencer.js',
  reporters: ['default'],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts', '<rootDir>/test/architecture/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
};
