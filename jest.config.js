/** One Jest run for the libs' unit tests and the API's unit and HTTP tests. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs)/)'],
  moduleNameMapper: { '^@kensho/domain$': '<rootDir>/libs/domain/src/index.ts' },
  testEnvironment: 'node',
};
module.exports = {
  // A worker whose heap grows past this after a file is replaced (every API file boots a Nest app: one
  // process for all of them ran out of memory).
  workerIdleMemoryLimit: '1024MB',
  // Read only at the top level; the API tests boot an app and hash passwords.
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'domain', rootDir: __dirname, testMatch: ['<rootDir>/libs/*/src/**/*.spec.ts'] },
    { ...common, displayName: 'api-unit', rootDir: __dirname, testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'] },
    { ...common, displayName: 'web-unit', rootDir: __dirname, testMatch: ['<rootDir>/apps/web/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'api',
      rootDir: __dirname,
      testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/api/global-setup.ts',
      globalTeardown: '<rootDir>/test/api/global-teardown.ts',
    },
  ],
};
