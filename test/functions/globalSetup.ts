import { rmSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions, functionsOutDir, handledFunctions } from '@care-model/functions';
import { functionNames } from '@care-model/contract';

/**
 * The integration tests run the uploaded code: bundle every app function once per jest run. A failed
 * build leaves no stale bundle behind; only the functions' tests fail then, not the whole run.
 */
export default async function globalSetup(): Promise<void> {
  try {
    // Every contract function has a handler once the functions are complete (projectLayout test).
    await buildFunctions(handledFunctions());
  } catch (error) {
    console.error(`App functions not bundled: ${String(error)}`);
    for (const name of functionNames)
      rmSync(path.join(functionsOutDir, `${name}.js`), { force: true });
  }
}
