import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/** The built page, kept in memory: file name (e.g. `assets/index-abc.js`) → contents. */
export type BrowserBundle = Map<string, Uint8Array>;

const repoRoot = path.resolve(__dirname, '../../../..');
const run = promisify(execFile);

async function readTree(dir: string, prefix = ''): Promise<[string, Uint8Array][]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry): Promise<[string, Uint8Array][]> => {
      const name = path.posix.join(prefix, entry.name);
      if (entry.isDirectory()) return readTree(dir, name);
      return [[name, await readFile(path.join(dir, name))]];
    }),
  );
  return files.flat();
}

/**
 * Builds the preview page in a child process: Vite's Node API is ESM and cannot load inside jest's
 * CommonJS module sandbox, and a separate process keeps the build's memory out of the server.
 */
export async function buildPreviewPage(options: { srcDir: string }): Promise<BrowserBundle> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'care-model-preview-'));
  try {
    await run(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'buildCli.ts'), options.srcDir, outDir],
      {
        cwd: repoRoot,
        env: { ...process.env, NODE_ENV: 'production' },
        maxBuffer: 16 * 1024 * 1024,
      },
    ).catch((error: { stderr?: string; message: string }) => {
      throw new Error(`The preview page did not build: ${error.stderr?.trim() || error.message}`);
    });
    return new Map(await readTree(outDir));
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
