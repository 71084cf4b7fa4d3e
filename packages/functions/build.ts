import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { functionNames, type FunctionName } from '@care-model/contract';

const root = path.resolve(__dirname, '../..');
/** Where HubSpot finds the functions: `hs project upload` sends this folder. */
export const functionsOutDir = path.join(root, 'src/app/functions');

const handlerFile = (name: FunctionName) => path.join(__dirname, 'src', `${name}.ts`);

/** The contract functions that have a handler in packages/functions/src. */
export const handledFunctions = (): FunctionName[] =>
  functionNames.filter((name) => existsSync(handlerFile(name)));

/** Bundles every contract function to `src/app/functions/<name>.js` (CommonJS, `@hubspot/api-client` external). */
export async function buildFunctions(names: readonly FunctionName[] = functionNames) {
  const missing = names.filter((name) => !existsSync(handlerFile(name)));
  if (missing.length > 0)
    throw new Error(`No handler in packages/functions/src for: ${missing.join(', ')}`);
  await build({
    entryPoints: Object.fromEntries(names.map((name) => [name, handlerFile(name)])),
    outdir: functionsOutDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // HubSpot installs it from src/app/functions/package.json.
    external: ['@hubspot/api-client'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  return names.map((name) => path.join(functionsOutDir, `${name}.js`));
}

if (require.main === module) {
  buildFunctions().then(
    (files) =>
      process.stdout.write(`Bundled ${files.length} app functions into src/app/functions\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
