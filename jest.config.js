/** Two jest projects: `unit` (tests beside the code in packages/) and `integration` (test/, with the bundles). */
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

// ESM-only packages (the card test helper, the project parser and its deps): transpile them too.
const transformIgnorePatterns = [
  '/node_modules/(?!(@hubspot/(ui-extensions|project-parsing-lib|local-dev-lib)|tinyspy|chalk)/)',
];
const shared = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.[tj]sx?$': tsJest },
  transformIgnorePatterns,
};

module.exports = {
  projects: [
    // Fast: the tests beside the code, no bundling (`npm run test:unit`).
    { ...shared, displayName: 'unit', roots: ['<rootDir>/packages'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      // The app functions' integration tests require the bundles HubSpot would run.
      globalSetup: '<rootDir>/test/functions/globalSetup.ts',
    },
  ],
  // Integration cases talk HTTP to a sandbox on 2 shared cores and may wait on other workers: not 5 s.
  testTimeout: 30_000,
  // A failed integration case can leave a sandbox listening: the run ends with its report, not a hang.
  forceExit: true,
  collectCoverageFrom: ['packages/core/src/**/*.ts', '!**/*.test.ts', '!**/index.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: { './packages/core/src/': { lines: 90, branches: 90 } },
};
