import path from 'node:path';
import type { StepResult } from './stepResult';

/**
 * The lint check of `hs project upload` (lib/projects/validateLintConfigOnUpload) with the CLI's own
 * predicates, for each UI-extension folder: every lint package installed in the folder (declared at a
 * valid version and present in its node_modules), an ESLint config, HubSpot's rules active. The CLI
 * also checks `src/` and `src/app/functions`, which are no UI extensions: those are reported only.
 */
export async function lintSetupStep(srcDir: string, folders: string[]): Promise<StepResult> {
  const lint = await import('@hubspot/cli/lib/projects/uieLinting.js');
  const problems: string[] = [];
  for (const folder of folders) {
    const dir = path.join(srcDir, folder);
    if (!lint.areAllLintPackagesInstalled(dir))
      problems.push(
        `${folder}: lint packages not installed: ${lint.getMissingLintPackages(dir).missingPackages.join(', ')}`,
      );
    else if (!lint.hasEslintConfig(dir)) problems.push(`${folder}: no eslint.config.* file`);
    else if (!(await lint.isHubSpotEslintConfigActive(dir)))
      problems.push(`${folder}: HubSpot's @hubspot/ui-extensions/* rules are not active`);
  }
  return problems.length > 0
    ? {
        step: 'lint setup',
        ok: false,
        detail: problems.join('\n'),
        fix: 'run `npm install` at the repository root (its postinstall links the lint packages npm hoists into each UI-extension folder); each folder needs an eslint.config.mjs with @hubspot/eslint-config-ui-extensions and the lint devDependencies',
      }
    : {
        step: 'lint setup',
        ok: true,
        detail: `lint packages installed and HubSpot's UI-extension rules active in ${folders.join(', ')} (\`hs project upload\` still warns for app/functions and the src/ workspace root, no UI extensions)`,
      };
}
