// postinstall: `hs project upload` looks for each lint package in the extension folder's own
// node_modules, where npm workspaces do not put the ones they hoist to the root (decision 0011).
// This links each hoisted one into the folder, when the root copy is the version the folder pins.
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

async function requiredPackages() {
  try {
    const lint = await import('@hubspot/cli/lib/projects/uieLinting.js');
    return Object.keys(lint.REQUIRED_PACKAGES_AND_MIN_VERSIONS);
  } catch {
    return null; // an install without dev dependencies: nothing uploads from here
  }
}

const names = await requiredPackages();
const srcDir = path.join(root, 'src');
const folders = (readJson(path.join(srcDir, 'package.json')).workspaces ?? []).filter((w) =>
  w.startsWith('app/'),
);
for (const folder of names ? folders : []) {
  const dir = path.join(srcDir, folder);
  const manifest = readJson(path.join(dir, 'package.json'));
  const pinned = { ...manifest.dependencies, ...manifest.devDependencies };
  for (const name of names.filter((n) => n in pinned)) {
    const link = path.join(dir, 'node_modules', name);
    const hoisted = path.join(root, 'node_modules', name);
    if (existsSync(link) || !existsSync(path.join(hoisted, 'package.json'))) continue;
    if (readJson(path.join(hoisted, 'package.json')).version !== pinned[name]) continue;
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.relative(path.dirname(link), hoisted), link, 'junction');
  }
}
