import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const corePath = 'packages/core/src/classification/probe.ts';
const shellPath = 'packages/functions/src/probe.ts';

const probes = {
  react: ["import React from 'react';\nexport const x = React;\n", corePath],
  hubspot: ["import { Client } from '@hubspot/api-client';\nexport const x = Client;\n", corePath],
  node: ["import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", corePath],
  newDate: ['export const x = new Date();\n', corePath],
  dateNow: ['export const x = Date.now();\n', corePath],
  random: ['export const x = Math.random();\n', corePath],
  env: ['export const x = process.env.HOME;\n', corePath],
  dateFromParameter: ['export const at = (ms: number) => new Date(ms);\n', corePath],
  shellClock: ['export const x = Date.now();\n', shellPath],
} as const;

// ESLint loads its flat config with a dynamic import, which jest's VM refuses: lint in a child process.
const linter = `
const { ESLint } = require('eslint');
const path = require('node:path');
const probes = JSON.parse(process.argv[1]);
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const out = {};
  for (const [name, [code, file]] of Object.entries(probes)) {
    const [result] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
    out[name] = result.messages.map((m) => m.ruleId + ': ' + m.message);
  }
  process.stdout.write(JSON.stringify(out));
})();
`;

let hits: Record<keyof typeof probes, string[]>;

beforeAll(() => {
  hits = JSON.parse(
    execFileSync(process.execPath, ['-e', linter, JSON.stringify(probes)], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
}, 60_000);

describe('the core boundary lint rule', () => {
  it.each([
    ['react', 'no React'],
    ['hubspot', 'no HubSpot SDKs'],
    ['node', 'no Node built-ins'],
    ['newDate', 'never reads the clock'],
    ['dateNow', 'never reads the clock'],
    ['random', 'no randomness'],
    ['env', 'never reads process.env'],
  ] as const)('fires on %s in the core', (probe, message) => {
    expect(hits[probe].some((hit) => hit.includes(message))).toBe(true);
  });

  it('allows a date built from a parameter in the core', () => {
    expect(hits.dateFromParameter).toEqual([]);
  });

  it('does not restrict the shells', () => {
    expect(hits.shellClock).toEqual([]);
  });
});
