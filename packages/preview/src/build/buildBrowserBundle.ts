import path from 'node:path';
import { build, type Plugin, type Rollup } from 'vite';
import { extensionsModule, listExtensions } from './extensionList';

const browserDir = path.resolve(__dirname, '../browser');
const shimDir = path.join(browserDir, 'shim');
const virtualId = 'virtual:care-model-extensions';

/** The built page, kept in memory: file name (e.g. `assets/index-abc.js`) → contents. */
export type BrowserBundle = Map<string, Uint8Array>;

function extensionsPlugin(srcDir: string): Plugin {
  return {
    name: 'care-model-extensions',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load: async (id) =>
      id === `\0${virtualId}` ? extensionsModule(await listExtensions(srcDir)) : undefined,
  };
}

function isOutput(result: unknown): result is Rollup.RollupOutput {
  return typeof result === 'object' && result !== null && 'output' in result;
}

/** Builds the preview page with the project's real cards, settings and pages; `@hubspot/ui-extensions` becomes HTML. */
export async function buildBrowserBundle(options: { srcDir: string }): Promise<BrowserBundle> {
  const result = await build({
    configFile: false,
    root: browserDir,
    logLevel: 'error',
    mode: 'production',
    plugins: [extensionsPlugin(options.srcDir)],
    resolve: {
      alias: [
        { find: /^@hubspot\/ui-extensions$/, replacement: path.join(shimDir, 'index.ts') },
        { find: /^@hubspot\/ui-extensions\/crm$/, replacement: path.join(shimDir, 'crm.tsx') },
        {
          find: /^@hubspot\/ui-extensions\/pages(\/home)?$/,
          replacement: path.join(shimDir, 'pages.tsx'),
        },
      ],
      dedupe: ['react', 'react-dom'],
    },
    esbuild: { jsx: 'automatic' },
    build: {
      write: false,
      modulePreload: { polyfill: false },
      target: 'es2022',
      minify: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4096,
      rollupOptions: {
        input: path.join(browserDir, 'index.html'),
        // Under tsx (esbuild keepNames), Vite's stringified preload helper calls `__name`.
        output: { banner: (chunk) => (chunk.isEntry ? 'var __name = (target) => target;' : '') },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).filter(isOutput);
  const files: BrowserBundle = new Map();
  for (const item of outputs.flatMap((output) => output.output)) {
    files.set(item.fileName, item.type === 'chunk' ? Buffer.from(item.code) : toBytes(item.source));
  }
  return files;
}

const toBytes = (source: string | Uint8Array) =>
  typeof source === 'string' ? Buffer.from(source) : source;
