import path from 'node:path';
import { build, type Plugin } from 'vite';
import { extensionsModule, listExtensions } from './extensionList';

const browserDir = path.resolve(__dirname, '../browser');
const shimDir = path.join(browserDir, 'shim');
const virtualId = 'virtual:care-model-extensions';

function extensionsPlugin(srcDir: string): Plugin {
  return {
    name: 'care-model-extensions',
    resolveId: (id) => (id === virtualId ? `\0${virtualId}` : undefined),
    load: async (id) =>
      id === `\0${virtualId}` ? extensionsModule(await listExtensions(srcDir)) : undefined,
  };
}

/**
 * Builds the preview page into `outDir` with the project's real cards, settings and pages;
 * `@hubspot/ui-extensions` becomes HTML. Runs in its own process (see `buildPreviewPage`).
 */
export async function buildBrowserBundle(options: {
  srcDir: string;
  outDir: string;
}): Promise<void> {
  await build({
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
      outDir: options.outDir,
      emptyOutDir: true,
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
}
