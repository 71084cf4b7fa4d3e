import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCircular, parseDependencyTree } from 'dpdm';

const root = path.resolve(__dirname, '../..');

/** Import cycles among `patterns` (type-only imports count too), as paths relative to `context`. */
async function cycles(patterns: string[], context: string): Promise<string[][]> {
  const tree = await parseDependencyTree(patterns, {
    context,
    cwd: context,
    tsconfig: path.join(root, 'tsconfig.json'),
    transform: false,
    exclude: /node_modules/,
  });
  return parseCircular(tree);
}

describe('import cycles', () => {
  it('no source file of any package or app extension imports itself through others', async () => {
    const found = await cycles(['packages/*/src/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'], root);
    expect(found).toEqual([]);
  }, 30000);

  it('the check fires on a probe: two files that import each other', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'care-cycle-'));
    try {
      writeFileSync(
        path.join(dir, 'a.ts'),
        "import { b } from './b';\nexport const a = () => b;\n",
      );
      writeFileSync(
        path.join(dir, 'b.ts'),
        "import type { a } from './a';\nexport const b: typeof a | null = null;\n",
      );
      expect((await cycles(['*.ts'], dir)).map((cycle) => [...cycle].sort())).toEqual([
        ['a.ts', 'b.ts'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
