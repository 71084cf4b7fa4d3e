import type { FastifyInstance } from 'fastify';

const loopbackNames = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** `127.0.0.1:4000` → `127.0.0.1`; `[::1]:4000` → `[::1]`; null when the text is no host. */
function hostName(host: string): string | null {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::\d{1,5})?$/i.exec(host.trim());
  return match?.[1]?.toLowerCase() ?? null;
}

function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

/**
 * Answers 403 unless Host (and Origin, when sent) name loopback: a page on another site that
 * rebinds its DNS name to 127.0.0.1 reaches the port but still sends its own name.
 */
export function refuseForeignHosts(app: FastifyInstance) {
  app.addHook('onRequest', async (request, reply) => {
    const host = hostName(request.headers.host ?? '');
    const origin = request.headers.origin;
    const originName = origin === undefined ? null : originHost(origin);
    const hostOk = host !== null && loopbackNames.has(host);
    const originOk = origin === undefined || (originName !== null && loopbackNames.has(originName));
    if (!hostOk || !originOk)
      return reply
        .code(403)
        .send({ message: 'The preview answers only on 127.0.0.1 or localhost.' });
  });
}
