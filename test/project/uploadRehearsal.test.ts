import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const bin = path.join(root, 'packages/cli/bin/care-model.js');

/** `care-model doctor --upload`: the project packed by the pinned HubSpot CLI, installed and built as HubSpot does. */
describe('the upload rehearsal', () => {
  it('packs with the pinned CLI, builds every UI extension, loads and runs the functions', () => {
    // The jest global setup has bundled the functions, as `npm run build` does.
    const run = spawnSync(process.execPath, [bin, 'doctor', '--upload'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`doctor --upload failed:\n${run.stdout}\n${run.stderr}`);
    expect(run.stdout).toMatch(/✓ pack: packed src\/ with @hubspot\/cli 8\.14\.0/);
    expect(run.stdout).toMatch(/✓ build UI extensions: 3 of 3 UI extensions built/);
    expect(run.stdout).toMatch(/✓ load functions: 12 of 12 functions loaded/);
    expect(run.stdout).toMatch(/✓ run a function: get_settings answered ok/);
    // The CLI's own areAllLintPackagesInstalled: each lint package in the folder's node_modules.
    expect(run.stdout).toMatch(
      /✓ lint setup: lint packages installed and HubSpot's UI-extension rules active in app\/cards, app\/pages, app\/settings/,
    );
    expect(run.stdout).toMatch(/Upload rehearsal passed/);
  }, 300_000);
});
