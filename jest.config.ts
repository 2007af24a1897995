import type { Config } from 'jest';

/**
 * One Jest run for the whole repository: unit specs beside the code (`*.spec.ts`) and integration tests
 * against the real PostgreSQL and Redis (`apps/api/test/**\/*.test.ts`). SWC compiles TypeScript with Nest's
 * decorator metadata; the ESM-only @nestjs packages are compiled to CommonJS too.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const config: Config = {
  rootDir: '.',
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api', '<rootDir>/libs', '<rootDir>/e2e', '<rootDir>/deploy'],
  moduleNameMapper: {
    '^@whispergifts/http-cache$': '<rootDir>/libs/http-cache/src/index.ts',
    '^@whispergifts/i18n$': '<rootDir>/libs/i18n/src/index.ts',
    '^@whispergifts/i18n/node$': '<rootDir>/libs/i18n/src/node.ts',
  },
  testMatch: ['**/*.spec.ts', '**/test/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts', '<rootDir>/deploy/**/*.test.ts'],
  transform: { '^.+\\.(t|mj|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@lingui)/)'],
  globalSetup: '<rootDir>/apps/api/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/jest.summary-reporter.cjs'],
  testTimeout: 30_000,
  maxWorkers: 2,
  // After a large Redis reply, ioredis's parser (redis-parser 3) shrinks its shared buffer pool on a module-level,
  // ref'd 50 ms interval that stops by itself once the pool is small again, a few seconds later; nothing can clear
  // it from outside. A worker whose last file read such a reply outlived Jest's 500 ms default and was killed with
  // "A worker process has failed to exit gracefully" (found by recording where each timer left at exit was made).
  workerGracefulExitTimeout: 10_000,
};

export default config;
