import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { buildPreviewPage, type BrowserBundle } from '../build/buildPreviewPage';
import { registerCompanyRoutes } from './companyRoutes';
import { registerFunctionRoutes } from './functionRoutes';
import { refuseForeignHosts } from './refuseForeignHosts';
import { sandboxApi, SandboxRequestError } from './sandboxApi';

const repoRoot = path.resolve(__dirname, '../../../..');

export interface PreviewOptions {
  /** The sandbox's URL (or HubSpot's API URL). */
  sandboxUrl: string;
  token: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
  /** The HubSpot project's source folder (default: the repo's `src`). */
  srcDir?: string;
  /** Where the function bundles are (default: `<srcDir>/app/functions`). */
  functionsDir?: string;
  portal?: { id: number; timezone: string };
  /** The functions' `CARE_MODEL_ADMIN_KEY` secret, handed to them through the environment as HubSpot does. */
  adminKey?: string;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serveBundle(app: FastifyInstance, bundle: BrowserBundle) {
  app.get('/*', async (request, reply) => {
    const file =
      decodeURIComponent(request.url.split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html';
    const bytes = bundle.get(file) ?? bundle.get('index.html');
    const name = bundle.has(file) ? file : 'index.html';
    return reply.type(contentTypes[path.extname(name)] ?? 'application/octet-stream').send(bytes);
  });
}

/** Builds the page with the project's real extensions and serves it with the JSON endpoints on loopback. */
export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const srcDir = options.srcDir ?? path.join(repoRoot, 'src');
  const bundle = await buildPreviewPage({ srcDir });
  const api = sandboxApi(options.sandboxUrl, options.token);
  const app = Fastify({ logger: false, bodyLimit: 6 * 1024 * 1024 });
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof ZodError)
      return reply.code(400).send({ message: error.issues[0]?.message ?? 'Bad request.' });
    if (error instanceof SandboxRequestError)
      return reply.code(502).send({ message: error.message });
    const status =
      typeof error === 'object' && error !== null && 'statusCode' in error
        ? Number(error.statusCode)
        : 500;
    return reply
      .code(status || 500)
      .send({ message: error instanceof Error ? error.message : 'Preview error.' });
  });
  refuseForeignHosts(app);
  registerCompanyRoutes(app, api, options.portal ?? { id: 12345678, timezone: 'Europe/Helsinki' });
  registerFunctionRoutes(app, api, {
    functionsDir: options.functionsDir ?? path.join(srcDir, 'app', 'functions'),
    baseUrl: options.sandboxUrl,
    token: options.token,
    adminKey: options.adminKey,
  });
  serveBundle(app, bundle);
  await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => app.close() };
}
