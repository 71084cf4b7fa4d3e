import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';
import { packUpload, type PackedUpload } from './packUpload';
import { lintSetupStep } from './lintSetup';
import { runFunctionStep } from './runFunctions';
import type { StepResult } from './stepResult';

const hsMetaSchema = z.object({
  uid: z.string(),
  type: z.string(),
  config: z.object({ entrypoint: z.string().optional() }).loose(),
});

const uiExtensionTypes = new Set(['card', 'settings', 'page']);

/** The hsmeta files of the top-level folders of `appDir`, with their folder. */
function hsMetaFiles(appDir: string) {
  return readdirSync(appDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(path.join(appDir, folder.name))
        .filter((file) => file.endsWith('-hsmeta.json'))
        .map((file) => ({
          folder: folder.name,
          meta: hsMetaSchema.parse(
            JSON.parse(readFileSync(path.join(appDir, folder.name, file), 'utf8')),
          ),
        })),
    );
}

/** The folders (relative to srcDir) that hold a card, settings page or app page. */
const uiExtensionFolders = (root: string): string[] =>
  [
    ...new Set(
      hsMetaFiles(path.join(root, 'app'))
        .filter((f) => uiExtensionTypes.has(f.meta.type))
        .map((f) => `app/${f.folder}`),
    ),
  ].sort();

/** Runs `npm install` in `dir` as HubSpot's build does; resolves to the failure's last lines, or null. */
function npmInstall(dir: string): Promise<string | null> {
  // The npm settings of the caller (npx, npm test) must not leak into the unpacked project.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.toLowerCase().startsWith('npm_config_')),
  );
  return new Promise((resolve) => {
    const child = spawn('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve(error.message));
    child.on('close', (code) =>
      resolve(code === 0 ? null : stderr.trim().split('\n').slice(-6).join('\n')),
    );
  });
}

/** Every file below `dir`, relative to it (none when it does not exist). */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    : [];

/** The folders above `dir` that hold a node_modules (npm would resolve from them). */
const nodeModulesAbove = (dir: string): string[] => {
  const found: string[] = [];
  for (let at = path.dirname(dir); at !== path.dirname(at); at = path.dirname(at))
    if (existsSync(path.join(at, 'node_modules'))) found.push(at);
  return found;
};

export async function unpackUpload(packed: PackedUpload, into: string): Promise<StepResult> {
  const { extractZipArchive } = await import('@hubspot/local-dev-lib/archive');
  await extractZipArchive(readFileSync(packed.zipPath), 'care-model', into, {
    includesRootDir: false,
    hideLogs: true,
  });
  const above = nodeModulesAbove(into);
  if (above.length > 0)
    return {
      step: 'unpack',
      ok: false,
      detail: `node_modules above ${into}: ${above.join(', ')}`,
      fix: 'set TMPDIR to a folder with no node_modules above it',
    };
  const tests = filesUnder(path.join(into, '_workspaces')).filter((f) => /\.test\.tsx?$/.test(f));
  if (tests.length > 0)
    return {
      step: 'unpack',
      ok: false,
      detail: `tests travel to HubSpot: ${tests.slice(0, 3).join(', ')}`,
      fix: 'give the shared package a `files` field that leaves out its tests',
    };
  return {
    step: 'unpack',
    ok: true,
    detail: `unpacked into ${into}; no tests among the shared code`,
  };
}

export async function packStep(projectDir: string, zipPath: string) {
  const packed = await packUpload(projectDir, zipPath);
  const externals = packed.externals.length > 0 ? packed.externals.join(', ') : 'none';
  const result: StepResult = {
    step: 'pack',
    ok: true,
    detail:
      `packed ${packed.srcDir}/ with @hubspot/cli ${packed.cliVersion} ` +
      `(${(packed.bytes / 1024).toFixed(0)} KiB); copied from outside ${packed.srcDir}/: ${externals}`,
  };
  return { packed, result };
}

const workspacesSchema = z.object({ workspaces: z.array(z.string()).optional() });

/** Install lanes: a workspace root before its members; independent folders side by side. */
function installLanes(root: string, componentDirs: string[]): string[][] {
  const lanes = componentDirs.map((dir) => {
    const manifest = workspacesSchema.parse(
      JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8')),
    );
    return [dir, ...(manifest.workspaces ?? []).map((w) => path.join(dir, w))];
  });
  const members = new Set(lanes.flatMap((lane) => lane.slice(1)));
  return lanes
    .filter(([dir]) => !members.has(dir ?? ''))
    .map((lane) => lane.filter((dir) => componentDirs.includes(dir)));
}

export async function installStep(root: string, componentDirs: string[]): Promise<StepResult> {
  const failures = await Promise.all(
    installLanes(root, componentDirs).map(async (lane) => {
      for (const dir of lane) {
        const failure = await npmInstall(path.join(root, dir));
        if (failure !== null) return { dir, failure };
      }
      return null;
    }),
  );
  for (const found of failures) {
    if (found === null) continue;
    const { dir, failure } = found;
    return {
      step: 'npm install',
      ok: false,
      detail: `npm install failed in ${dir}:\n${failure}`,
      fix:
        `${dir}/package.json asks npm for a package HubSpot cannot get. List the shared ` +
        'packages outside the source folder as `workspaces` of its root package.json ' +
        '(docs/decisions/0011-upload-rehearsal.md).',
    };
  }
  return {
    step: 'npm install',
    ok: true,
    detail: `ran npm install in ${componentDirs.map((d) => `${d || '.'}/`).join(', ')}`,
  };
}

/** Builds every card, settings page and app page with HubSpot's build, from the unpacked copy. */
export async function buildStep(root: string, outDir: string): Promise<StepResult> {
  const { remoteBuild } = await import('@hubspot/ui-extensions-dev-server/build');
  const extensions = hsMetaFiles(path.join(root, 'app')).filter((f) =>
    uiExtensionTypes.has(f.meta.type),
  );
  let built = 0;
  for (const { meta } of extensions) {
    const entryPoint = path.join(root, meta.config.entrypoint ?? '');
    const outputDir = path.join(outDir, meta.uid);
    try {
      await remoteBuild({
        root: path.dirname(entryPoint),
        entryPoint,
        outputDir,
        logLevel: 'silent',
      });
    } catch (error) {
      return {
        step: 'build UI extensions',
        ok: false,
        detail: `${built} of ${extensions.length} UI extensions built; ${meta.uid}: ${String(error)}`,
        fix: `make ${meta.config.entrypoint} build from its own folder's node_modules`,
      };
    }
    if (existsSync(outputDir) && readdirSync(outputDir).some((f) => f.endsWith('.js'))) built += 1;
  }
  return {
    step: 'build UI extensions',
    ok: built === extensions.length && built > 0,
    detail: `${built} of ${extensions.length} UI extensions built`,
  };
}

const mainSchema = z.object({ main: z.function() });

/** `require()`s every function bundle from the unpacked copy, as HubSpot loads them. */
export function loadFunctions(root: string) {
  const functions = hsMetaFiles(path.join(root, 'app')).filter(
    (f) => f.meta.type === 'app-function',
  );
  const loaded = new Map<string, (context: unknown) => Promise<unknown>>();
  const failures: string[] = [];
  for (const { meta } of functions) {
    const file = path.join(root, meta.config.entrypoint ?? '');
    try {
      const parsed = mainSchema.safeParse(createRequire(file)(file));
      if (parsed.success) loaded.set(meta.uid, parsed.data.main as never);
      else failures.push(`${meta.uid}: exports no main`);
    } catch (error) {
      failures.push(
        `${meta.uid}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
  }
  const result: StepResult = {
    step: 'load functions',
    ok: failures.length === 0 && loaded.size > 0,
    detail: `${loaded.size} of ${functions.length} functions loaded${failures.length > 0 ? `\n${failures.join('\n')}` : ''}`,
    ...(loaded.size === 0 ? { fix: 'run `npm run build` first: it bundles the functions' } : {}),
  };
  return { loaded, result };
}

/**
 * Packs the project as `hs project upload` does, unpacks it into an empty temp folder, installs and
 * builds it as HubSpot's build does, loads every function and runs one. Stops at the first failure.
 */
export async function rehearseUpload(
  projectDir: string,
  workDir: string,
  report: (result: StepResult) => void,
): Promise<boolean> {
  const unpacked = path.join(workDir, 'upload');
  mkdirSync(unpacked);
  const { packed, result } = await packStep(projectDir, path.join(workDir, 'upload.zip'));
  report(result);
  const steps: (() => Promise<StepResult>)[] = [
    () => unpackUpload(packed, unpacked),
    () => installStep(unpacked, packed.componentDirs),
    () => buildStep(unpacked, path.join(workDir, 'dist')),
  ];
  for (const step of steps) {
    const outcome = await step();
    report(outcome);
    if (!outcome.ok) return false;
  }
  const { loaded, result: loadResult } = loadFunctions(unpacked);
  report(loadResult);
  if (!loadResult.ok) return false;
  const ran = await runFunctionStep(loaded);
  report(ran);
  if (!ran.ok) return false;
  const lint = await lintSetupStep(
    path.resolve(projectDir, packed.srcDir),
    uiExtensionFolders(unpacked),
  );
  report(lint);
  return lint.ok;
}
