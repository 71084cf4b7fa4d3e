import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type FaultKind, type FaultPlan, faultAnswers } from '../faults/faults';
import type { RateLimiter } from '../limits/rateLimiter';
import type { LoggedRequest, RequestLog } from '../log/requestLog';
import type { LatencyPlan } from '../time/latency';
import type { SandboxTimer } from '../time/timer';
import { correlationId, hubspotError } from './errors';

export interface HookDeps {
  log: RequestLog;
  limiter?: RateLimiter;
  faults?: FaultPlan;
  /** Only these bearer tokens are accepted (default: any non-empty token). */
  acceptTokens?: readonly string[];
  timer: SandboxTimer;
  latency?: LatencyPlan;
  /** The portal's clock: each answer's `Date` header, as HubSpot's servers send theirs. */
  now?: () => Date;
  /** Throws HubSpot's 403 MISSING_SCOPES when the granted scopes do not cover the request. */
  checkScopes?(request: FastifyRequest): void;
  flush(): Promise<void>;
}

interface RequestMeta {
  entry: LoggedRequest;
  afterWrite?: FaultKind;
  /** batch-partial: how many inputs the route saw before the fault dropped the rest. */
  dropped?: { kept: number; total: number };
  started: number;
}

const metas = new WeakMap<FastifyRequest, RequestMeta>();

export function requestCorrelationId(request: FastifyRequest): string {
  return correlationId(metas.get(request)?.entry.sequence ?? 0);
}

/** The log entry of a request, e.g. to mark it unhandled. */
export function loggedRequest(request: FastifyRequest): LoggedRequest | undefined {
  return metas.get(request)?.entry;
}

const authMessage =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

/** Order of checks per request: log, auth, rate limits, faults; then the route; then answer-time faults. */
export function installHooks(app: FastifyInstance, deps: HookDeps): void {
  let sequence = 0;
  app.addHook('onRequest', async (request, reply) => {
    const [path = '', query = ''] = request.url.split('?');
    sequence += 1;
    const entry = deps.log.add({
      sequence,
      method: request.method,
      path,
      query,
      status: 0,
      startedAt: new Date(deps.timer.now()).toISOString(),
      durationMs: 0,
    });
    const meta: RequestMeta = { entry, started: deps.timer.now() };
    metas.set(request, meta);
    const token = /^Bearer\s+(\S+)/i.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined || (deps.acceptTokens && !deps.acceptTokens.includes(token))) {
      throw hubspotError(401, 'INVALID_AUTHENTICATION', authMessage);
    }
    deps.checkScopes?.(request);
    if (deps.limiter) {
      const decision = deps.limiter.take(
        deps.timer.now(),
        request.method === 'POST' && path.endsWith('/search'),
      );
      if (!decision.ok) {
        return reply.code(429).send({
          status: 'error',
          message: decision.message,
          errorType: 'RATE_LIMIT',
          correlationId: correlationId(sequence),
          policyName: decision.policyName,
        });
      }
    }
    const fault = deps.faults?.next(request.method, path);
    if (deps.latency) await deps.timer.sleep(deps.latency.next());
    if (fault) await applyFault(fault, request, meta, deps.faults?.slowMs ?? 0, deps.timer);
    return undefined;
  });

  app.addHook('preHandler', async (request) => {
    const meta = metas.get(request);
    if (!meta || request.body === undefined) return;
    deps.log.keepBody(meta.entry, request.body);
    if (meta.afterWrite === 'batch-partial') meta.dropped = dropHalf(request);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const meta = metas.get(request);
    let answer = payload;
    if (meta?.dropped && reply.statusCode < 300 && typeof payload === 'string') {
      reply.code(207);
      answer = partialAnswer(payload, meta.dropped);
    }
    if (meta?.afterWrite && meta.afterWrite !== 'batch-partial' && reply.statusCode < 300) {
      if (meta.afterWrite === 'after-write-timeout') await untilClientGivesUp(request);
      reply.code(500).header('content-type', 'application/json; charset=utf-8');
      answer = JSON.stringify({
        status: 'error',
        ...faultAnswers['500'],
        correlationId: correlationId(meta.entry.sequence),
      });
    }
    if (deps.limiter) reply.headers(deps.limiter.headers(deps.timer.now()));
    if (deps.now) reply.header('date', deps.now().toUTCString());
    await deps.flush();
    if (meta) meta.entry.status = reply.statusCode;
    return answer;
  });

  app.addHook('onResponse', async (request) => {
    const meta = metas.get(request);
    if (meta) meta.entry.durationMs = Math.round(deps.timer.now() - meta.started);
  });
}

async function applyFault(
  fault: FaultKind,
  request: FastifyRequest,
  meta: RequestMeta,
  slowMs: number,
  timer: SandboxTimer,
): Promise<void> {
  meta.entry.fault = fault;
  if (fault === '500' || fault === '502' || fault === '503') {
    const { category, message } = faultAnswers[fault];
    throw hubspotError(Number(fault), category, message);
  }
  if (fault === 'timeout') {
    await untilClientGivesUp(request);
    throw hubspotError(504, 'GATEWAY_TIMEOUT', 'Gateway Timeout');
  }
  if (fault === 'slow') await timer.sleep(slowMs);
  else meta.afterWrite = fault;
}

/** batch-partial: the route processes the first half of `inputs`; the answer reports the rest as failed. */
function dropHalf(request: FastifyRequest): { kept: number; total: number } | undefined {
  const body: unknown = request.body;
  if (typeof body !== 'object' || body === null || !('inputs' in body)) return undefined;
  const inputs: unknown = body.inputs;
  if (!Array.isArray(inputs) || inputs.length < 2) return undefined;
  const kept = Math.ceil(inputs.length / 2);
  request.body = { ...body, inputs: inputs.slice(0, kept) };
  return { kept, total: inputs.length };
}

function partialAnswer(payload: string, dropped: { kept: number; total: number }): string {
  const answer: unknown = JSON.parse(payload);
  const errors = Array.from({ length: dropped.total - dropped.kept }, (_, i) => ({
    status: 'error',
    category: 'INTERNAL_ERROR',
    message: `Input ${dropped.kept + i} could not be processed.`,
    context: { inputIndex: [String(dropped.kept + i)] },
    links: {},
  }));
  const base = typeof answer === 'object' && answer !== null ? answer : {};
  return JSON.stringify({ ...base, numErrors: errors.length, errors });
}

/** A timeout fault never answers: it waits until the client (or the sandbox's close) drops the socket. */
function untilClientGivesUp(request: FastifyRequest): Promise<void> {
  const socket = request.raw.socket;
  if (socket.destroyed) return Promise.resolve();
  return new Promise((resolve) => socket.once('close', () => resolve()));
}

export type { FastifyReply };
