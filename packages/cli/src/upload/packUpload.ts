import { createWriteStream, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

const projectConfigSchema = z.object({
  name: z.string().min(1),
  srcDir: z.string().min(1),
  platformVersion: z.string().min(1),
});

/** The few members of archiver's zip archive that the CLI's packing code uses. */
interface ZipArchive {
  pipe(stream: NodeJS.WritableStream): void;
  directory(dir: string, dest: string | false, filter: (file: { name: string }) => unknown): void;
  finalize(): Promise<void>;
  pointer(): number;
  on(event: 'error' | 'warning', listener: (error: Error) => void): void;
}

/** What went into the archive, as the CLI decided it. */
export interface PackedUpload {
  zipPath: string;
  cliVersion: string;
  srcDir: string;
  /** Folders of srcDir with a package.json: HubSpot runs `npm install` in each. */
  componentDirs: string[];
  /** `_workspaces/...` copies of code outside srcDir (workspaces and `file:` dependencies). */
  externals: string[];
  bytes: number;
}

const cliPackageJson = require.resolve('@hubspot/cli/package.json');

/** The HubSpot CLI's version this rehearsal packs with (the pinned devDependency). */
export const hubspotCliVersion = (): string =>
  z.object({ version: z.string() }).parse(JSON.parse(readFileSync(cliPackageJson, 'utf8'))).version;

/**
 * Packs `srcDir` into `zipPath` with the HubSpot CLI's own code: the steps of `handleProjectUpload`
 * (lib/projects/upload) up to the finished archive, without its network upload.
 */
export async function packUpload(projectDir: string, zipPath: string): Promise<PackedUpload> {
  const upload = await import('@hubspot/cli/lib/projects/upload.js');
  const workspaces = await import('@hubspot/cli/lib/projects/workspaces.js');
  const parsing = await import('@hubspot/project-parsing-lib/workspaces');
  const { isLegacyProject } = await import('@hubspot/project-parsing-lib/projects');
  const { shouldIgnoreFile } = await import('@hubspot/local-dev-lib/ignoreRules');
  const archiver = createRequire(cliPackageJson)('archiver') as (format: 'zip') => ZipArchive;

  const projectConfig = projectConfigSchema.parse(
    JSON.parse(readFileSync(path.join(projectDir, 'hsproject.json'), 'utf8')),
  );
  const srcDir = path.resolve(projectDir, projectConfig.srcDir);
  await upload.validateSourceDirectory(srcDir, projectConfig, projectDir);
  await upload.validateNoHSMetaMismatch(srcDir, projectConfig);
  if (isLegacyProject(projectConfig.platformVersion))
    throw new Error(`Platform ${projectConfig.platformVersion} is legacy: no workspaces bundling.`);

  const packageJsons = await parsing.findAndParsePackageJsonFiles(srcDir);
  const workspaceMappings = await parsing.collectWorkspaceDirectories(packageJsons);
  const fileDependencyMappings = await parsing.collectFileDependencies(packageJsons);

  const archive = archiver('zip');
  const written = new Promise<void>((resolve, reject) => {
    const out = createWriteStream(zipPath);
    out.on('close', resolve);
    out.on('error', reject);
    archive.on('error', reject);
    archive.pipe(out);
  });
  // The srcDir walk of handleProjectUpload: rewritten package.json and lock files come later.
  const rewrittenPackageJsons = workspaces.getPackageJsonPathsToUpdate(
    srcDir,
    workspaceMappings,
    fileDependencyMappings,
  );
  const rewrittenLockfiles = workspaces.getLockfilePathsToUpdate(
    srcDir,
    workspaceMappings,
    fileDependencyMappings,
  );
  archive.directory(srcDir, false, (file) =>
    rewrittenPackageJsons.has(file.name) ||
    rewrittenLockfiles.has(file.name) ||
    shouldIgnoreFile(file.name, true)
      ? false
      : file,
  );
  const { packageWorkspaces, packageFileDeps } = await workspaces.archiveWorkspacesAndDependencies(
    archive as never,
    srcDir,
    workspaceMappings,
    fileDependencyMappings,
  );
  await archive.finalize();
  await written;

  const externals = new Set<string>();
  for (const entries of packageWorkspaces.values())
    for (const entry of entries) if (entry.includes('_workspaces/')) externals.add(entry);
  for (const deps of packageFileDeps.values())
    for (const dep of deps.values()) externals.add(dep.archivePath);
  return {
    zipPath,
    cliVersion: hubspotCliVersion(),
    srcDir: projectConfig.srcDir,
    componentDirs: packageJsons.map((p) => path.relative(srcDir, p.dir)).sort(),
    externals: [...externals].map((e) => e.replace(/^(\.\.\/)+/, '')).sort(),
    bytes: archive.pointer(),
  };
}
