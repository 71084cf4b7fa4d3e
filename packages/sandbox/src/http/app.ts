import Fastify, { type FastifyInstance } from 'fastify';
import { HubSpotError, hubspotError } from './errors';
import { type HookDeps, installHooks, requestCorrelationId } from './hooks';

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
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    reply.code(404).send({
      status: 'error',
      message: `Resource not found: ${request.method} ${path}`,
      correlationId: requestCorrelationId(request),
      category: 'OBJECT_NOT_FOUND',
    });
  });
  return app;
}
