import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// HubSpot's UI-extension rules, from the copy the extension folders install (it wants eslint 9; its rules run on 10).
const hubspotUiExtensions = await import(
  pathToFileURL(
    createRequire(path.join(import.meta.dirname, 'src/app/cards/package.json')).resolve(
      '@hubspot/eslint-config-ui-extensions',
    ),
  ).href
);
const uiExtensionCode = {
  files: ['src/app/*/*.tsx', 'packages/ui/src/**/*.ts', 'packages/ui/src/**/*.tsx'],
  ignores: ['**/*.test.ts', '**/*.test.tsx'],
};
import reactHooks from 'eslint-plugin-react-hooks';

// Packages meet at their front doors: no import of another package's files.
const deepImport = {
  group: ['@care-model/*/*', '**/packages/*/src/**', '**/packages/*/build'],
  message: "Import the package's entry point (`@care-model/<name>`), not its files.",
};

// The core is pure: no UI, no platform SDK, no I/O, no environment, no clock, no randomness.
const coreBoundary = {
  files: ['packages/core/src/**/*.ts'],
  ignores: ['packages/core/src/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          deepImport,
          {
            group: ['react', 'react/*', 'react-dom', 'react-dom/*'],
            message: 'The core is pure: no React.',
          },
          { group: ['@hubspot/*'], message: 'The core is pure: no HubSpot SDKs.' },
          { group: ['node:*'], message: 'The core is pure: no Node built-ins (no I/O).' },
          {
            group: [
              'fs',
              'fs/*',
              'path',
              'http',
              'https',
              'net',
              'os',
              'child_process',
              'crypto',
              'process',
            ],
            message: 'The core is pure: no Node built-ins (no I/O).',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'process', message: 'The core never reads process.env: pass values in.' },
      { name: 'fetch', message: 'The core does no I/O.' },
      { name: 'window', message: 'The core does no I/O.' },
      { name: 'document', message: 'The core does no I/O.' },
    ],
    'no-restricted-syntax': [
      'error',
      {
        selector: 'NewExpression[callee.name=/^(Date|TZDate)$/][arguments.length=0]',
        message: 'The core never reads the clock: take `now` as a parameter.',
      },
      {
        selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
        message: 'The core never reads the clock: take `now` as a parameter.',
      },
      {
        selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
        message: 'The core is deterministic: no randomness.',
      },
      {
        selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
        message: 'The core never reads the clock.',
      },
    ],
  },
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'coverage/**',
      '**/dist/**',
      'src/app/functions/*.js',
      '.care-model/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // The extension folders hold eslint configs of their own.
      parserOptions: { tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'error',
      'no-restricted-imports': ['error', { patterns: [deepImport] }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**', 'scripts/**', '*.js', '*.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
  },
  {
    files: [
      'packages/ui/**/*.{ts,tsx}',
      'packages/preview/src/browser/**/*.{ts,tsx}',
      'src/app/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  coreBoundary,
  ...hubspotUiExtensions.config
    .filter((block) => block.plugins)
    .map((block) => ({ ...block, ...uiExtensionCode })),
  prettier,
);
