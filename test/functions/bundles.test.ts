import { readFileSync } from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { adminFunctions, functionNames, type FunctionName } from '@care-model/contract';
import { functionsOutDir } from '@care-model/functions';
import { testToken } from './support/portal';

const read = (file: string) => readFileSync(path.join(functionsOutDir, file), 'utf8');

describe('what `hs project upload` finds in src/app/functions', () => {
  it.each(functionNames)(
    '%s: an hsmeta naming the bundle, and a CommonJS bundle exporting main',
    (name) => {
      expect(JSON.parse(read(`${name}-hsmeta.json`))).toEqual({
        uid: name,
        type: 'app-function',
        config: {
          entrypoint: `/app/functions/${name}.js`,
          // Portal-wide functions read the admin key secret (decision 0015).
          secretKeys: (adminFunctions as readonly FunctionName[]).includes(name)
            ? ['CARE_MODEL_ADMIN_KEY']
            : [],
        },
      });
      const bundle = read(`${name}.js`);
      expect(bundle).toMatch(/module\.exports = __toCommonJS/);
      const required = [...bundle.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');
      const outside = required.filter(
        (id) =>
          !id.startsWith('@hubspot/api-client') &&
          !builtinModules.includes(id.replace(/^node:/, '')),
      );
      expect(outside).toEqual([]);
    },
  );

  it('pins the SDK the bundles leave out', () => {
    expect(JSON.parse(read('package.json')).dependencies).toEqual({
      '@hubspot/api-client': '14.0.1',
    });
  });

  it('the bundles hold no token or secret', () => {
    for (const name of functionNames) {
      const bundle = read(`${name}.js`);
      expect(bundle).not.toContain('pat-');
      expect(bundle).not.toContain('Bearer ');
      expect(bundle).not.toContain(testToken);
    }
  });
});
