import Fastify, { type FastifyInstance } from 'fastify';
import { HubSpotError, hubspotError } from './errors';
import { type HookDeps, installHooks, loggedRequest, requestCorrelationId } from './hooks';

/** A Fastify server that speaks HubSpot's error dialect; routes are added by each feature. */
export function buildApp(deps: HookDeps): FastifyInstance {
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 64 * 1024 * 1024 });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unparseable';
      done(
        hubspotError(400, 'VALIDATION_ERROR', `Invalid input JSON on line 1: ${reason}`),
        undefined,
      );
    }
  });
  installHooks(app, deps);
  app.setErrorHandler((error, request, reply) => {
    const correlationId = requestCorrelationId(request);
    if (error instanceof HubSpotError) {
      return reply.code(error.statusCode).send({ ...error.body, correlationId });
    }
    const statusCode =
      typeof error === 'object' &&
      error !== null &&
      'statusCode' in error &&
      typeof error.statusCode === 'number'
        ? error.statusCode
        : 500;
    const message = error instanceof Error ? error.message : 'internal error';
    const category = statusCode < 500 ? 'VALIDATION_ERROR' : 'INTERNAL_ERROR';
    return reply.code(statusCode).send({ status: 'error', message, correlationId, category });
  });
  // No route: not HubSpot's 404 for a missing record but a loud 501, recorded for test harnesses.
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const entry = loggedRequest(request);
    if (entry) deps.log.markUnhandled(entry);
    reply.code(501).send({
      status: 'error',
      message: `The sandbox does not emulate ${request.method} ${path}`,
      correlationId: requestCorrelationId(request),
      category: 'SANDBOX_UNHANDLED_REQUEST',
    });
  });
  return app;
}
