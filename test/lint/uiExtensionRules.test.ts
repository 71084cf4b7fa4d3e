import { execFileSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

// HubSpot's UI-extension rules, from the root lint and from an extension folder's own lint.
const linter = `
const { ESLint } = require(process.argv[2]);
const path = require('node:path');
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(
    "export const ask = () => window.confirm('sure?');\\n",
    { filePath: path.join(process.cwd(), process.argv[1]) },
  );
  process.stdout.write(JSON.stringify(result.messages.map((m) => m.ruleId)));
})();
`;

function ruleIds(cwd: string, file: string): string[] {
  const eslint = require.resolve('eslint', { paths: [cwd] });
  return JSON.parse(
    execFileSync(process.execPath, ['-e', linter, file, eslint], { cwd, encoding: 'utf8' }),
  );
}

describe("HubSpot's lint rules for UI extensions", () => {
  it('the root lint applies them to the shared UI code', () => {
    expect(ruleIds(root, 'packages/ui/src/probe.tsx')).toContain(
      '@hubspot/ui-extensions/no-browser-dialogs',
    );
  }, 60_000);

  it('the root lint leaves the core and the functions to their own rules', () => {
    expect(ruleIds(root, 'packages/functions/src/probe.ts')).not.toContain(
      '@hubspot/ui-extensions/no-browser-dialogs',
    );
  }, 60_000);

  it.each(['cards', 'settings', 'pages'])(
    "src/app/%s lints with its own eslint 9 setup and HubSpot's rules",
    (folder) => {
      expect(ruleIds(path.join(root, 'src/app', folder), 'Probe.tsx')).toContain(
        '@hubspot/ui-extensions/no-browser-dialogs',
      );
    },
    60_000,
  );
});
