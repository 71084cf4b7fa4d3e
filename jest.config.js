/** One jest run: unit tests beside the code in packages/, integration tests in test/. */
const tsJest = [
  'ts-jest',
  {
    // Transpile only: `tsc --noEmit` type-checks once, before jest.
    tsconfig: {
      module: 'CommonJS',
      jsx: 'react-jsx',
      allowJs: true,
      esModuleInterop: true,
      isolatedModules: true,
    },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/packages', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.[tj]sx?$': tsJest },
  // The app functions' integration tests require the bundles HubSpot would run.
  globalSetup: '<rootDir>/test/functions/globalSetup.ts',
  // ESM-only packages (the card test helper, the project parser and its deps): transpile them too.
  transformIgnorePatterns: [
    '/node_modules/(?!(@hubspot/(ui-extensions|project-parsing-lib|local-dev-lib)|tinyspy|chalk)/)',
  ],
  collectCoverageFrom: ['packages/core/src/**/*.ts', '!**/*.test.ts', '!**/index.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { './packages/core/src/': { lines: 90, branches: 90 } },
};
