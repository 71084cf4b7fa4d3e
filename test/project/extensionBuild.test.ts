import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const script = path.join(__dirname, 'buildExtensions.mjs');

/** The React entrypoints the hsmeta files of cards, settings and pages declare. */
function frontEndEntries(): string[] {
  return ['cards', 'settings', 'pages'].flatMap((folder) => {
    const dir = path.join(root, 'src/app', folder);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('-hsmeta.json'))
      .map((f) => {
        const meta: { config?: { entrypoint?: unknown } } = JSON.parse(
          fs.readFileSync(path.join(dir, f), 'utf8'),
        );
        return path.join(root, 'src', String(meta.config?.entrypoint));
      });
  });
}

function build(entries: string[], outDir: string) {
  const run = spawnSync(process.execPath, [script, outDir, ...entries], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  const bundles: { entry: string; file: string; bytes: number }[] =
    run.status === 0 ? JSON.parse(lastLine) : [];
  return { status: run.status, stderr: run.stderr, bundles };
}

describe("HubSpot's extension build", () => {
  let outDir: string;
  beforeEach(() => {
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'care-model-build-'));
  });
  afterEach(() => fs.rmSync(outDir, { recursive: true, force: true }));

  it('builds every card, the settings page and the home page', () => {
    const entries = frontEndEntries();
    expect(entries.map((e) => path.relative(root, e)).sort()).toEqual([
      'src/app/cards/CareModelCard.tsx',
      'src/app/pages/CareModelPages.tsx',
      'src/app/settings/CareModelSettings.tsx',
    ]);
    const result = build(entries, outDir);
    if (result.status !== 0) throw new Error(`The extension build failed:\n${result.stderr}`);
    for (const entry of entries) {
      expect(result.bundles.some((b) => b.entry === entry && b.bytes > 0)).toBe(true);
    }
    console.log(
      result.bundles
        .map(
          (b) => `${path.relative(root, b.entry)} → ${b.file}: ${(b.bytes / 1024).toFixed(1)} KiB`,
        )
        .join('\n'),
    );
  }, 60_000);

  it('fails on a build error', () => {
    const broken = path.join(outDir, 'Broken.tsx');
    fs.writeFileSync(broken, "import { Missing } from './Missing';\nexport default Missing;\n");
    const result = build([broken], path.join(outDir, 'out'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/Missing/);
  }, 30_000);
});
