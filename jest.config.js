/**
 * Jest: unit specs beside the code (src/**), service, e2e, system (real processes: faults, several
 * processes, load) and browser specs under test/.
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      rootDir: __dirname,
      // Pure rules of the web pages too (test/web), read by the same compiler.
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/web/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
    },
    {
      displayName: 'service',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/service/**/*.spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      setupFilesAfterEnv: ['<rootDir>/test/support/test-timeout.ts'],
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      setupFilesAfterEnv: ['<rootDir>/test/support/test-timeout.ts'],
    },
    {
      displayName: 'system',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/system/**/*.system-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      setupFilesAfterEnv: ['<rootDir>/test/system/support/timeout.ts'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      transform: { '^.+\\.ts$': tsJest },
      testTimeout: 120000,
    },
  ],
};
