import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { StepResult } from './stepResult';

const packageJsonSchema = z.object({
  dependencies: z.record(z.string(), z.string()).optional(),
  devDependencies: z.record(z.string(), z.string()).optional(),
});

/**
 * The lint check of `hs project upload` (lib/projects/validateLintConfigOnUpload) for each UI-extension
 * folder, with the CLI's own predicates: an ESLint config, HubSpot's rules active, the lint packages
 * declared. The CLI also wants each package in the folder's own node_modules, which npm workspaces
 * hoist: that part is reported, not failed.
 */
export async function lintSetupStep(srcDir: string, folders: string[]): Promise<StepResult> {
  const lint = await import('@hubspot/cli/lib/projects/uieLinting.js');
  const required = Object.keys(lint.REQUIRED_PACKAGES_AND_MIN_VERSIONS);
  const problems: string[] = [];
  const hoisted = new Set<string>();
  for (const folder of folders) {
    const dir = path.join(srcDir, folder);
    const manifest = packageJsonSchema.parse(
      JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')),
    );
    const declared = { ...manifest.dependencies, ...manifest.devDependencies };
    const undeclared = required.filter((name) => !(name in declared));
    if (undeclared.length > 0) problems.push(`${folder}: not declared: ${undeclared.join(', ')}`);
    if (!lint.hasEslintConfig(dir)) problems.push(`${folder}: no eslint.config.* file`);
    else if (!(await lint.isHubSpotEslintConfigActive(dir)))
      problems.push(`${folder}: HubSpot's @hubspot/ui-extensions/* rules are not active`);
    for (const name of lint.getMissingLintPackages(dir).missingPackages)
      if (!undeclared.includes(name)) hoisted.add(name);
  }
  const note =
    hoisted.size > 0
      ? `; hoisted by npm workspaces, so \`hs project upload\` still calls them not installed: ${[...hoisted].join(', ')}`
      : '';
  return problems.length > 0
    ? {
        step: 'lint setup',
        ok: false,
        detail: problems.join('\n'),
        fix: 'give each UI-extension folder an eslint.config.mjs with @hubspot/eslint-config-ui-extensions and its lint devDependencies',
      }
    : {
        step: 'lint setup',
        ok: true,
        detail: `HubSpot's UI-extension rules active in ${folders.join(', ')}${note}`,
      };
}
