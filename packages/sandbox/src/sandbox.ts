import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AddressInfo } from 'node:net';
import { registerAssociationRoutes } from './associations/associationRoutes';
import { generateDemoSeed } from './demo/generateDemoSeed';
import { FaultPlan, type FaultOptions } from './faults/faults';
import { buildApp } from './http/app';
import type { SandboxContext } from './http/context';
import { HubSpotError } from './http/errors';
import { paramsSchema } from './http/parse';
import { RateLimiter, type RateLimitOptions } from './limits/rateLimiter';
import { RequestLog, type RequestLogLimits } from './log/requestLog';
import { missingScopesBody, requiredScopes } from './scopes/requiredScopes';
import { LatencyPlan, type LatencyOptions } from './time/latency';
import { realTimer, type SandboxTimer } from './time/timer';
import { registerBatchRoutes } from './objects/batchRoutes';
import { registerObjectRoutes } from './objects/objectRoutes';
import { registerOwnerRoutes } from './owners/ownerRoutes';
import { registerPropertyRoutes } from './properties/propertyRoutes';
import type { PropertyDefinition } from './properties/propertyTypes';
import { registerSchemaRoutes } from './schemas/schemaRoutes';
import { registerSearchRoutes } from './search/searchRoutes';
import { applySeed } from './seed/applySeed';
import { type Seed, parseSeed } from './seed/seedSchema';
import { deserializeStore, serializeStore, type StateFile } from './state/stateFile';
import { StatePersister, readStateFile } from './state/statePersister';
import { Store } from './state/store';
import type { UniqueConflictMode } from './objects/recordWrites';

export interface SandboxOptions {
  /** 0 (default) picks a free port; the sandbox always listens on 127.0.0.1. */
  port?: number;
  /** A seed in HubSpot's shape, or `'demo'` for the generated portfolio. Ignored when `statePath` holds a state. */
  seed?: Seed | 'demo';
  /** The app's company property definitions, created when a seed uses `care_` properties. */
  appProperties?: readonly PropertyDefinition[];
  /** Reference "now" of the demo portfolio (default: the clock). */
  demoNow?: Date;
  rateLimit?: RateLimitOptions;
  faults?: FaultOptions;
  /** Refuse every bearer token but these with 401, like a revoked private app token. */
  acceptTokens?: readonly string[];
  /** Persist the state in this file after every write; load it on start. */
  statePath?: string;
  /** Start from a saved state (another sandbox's `state()`), e.g. a copy to compare runs on. */
  initialState?: StateFile;
  /** Source of `createdate`/`hs_lastmodifieddate` (default: the real clock). */
  clock?: () => Date;
  /** Time of rate limits, latency and slow faults (default: real); `createManualTimer()` for tests. */
  timer?: SandboxTimer;
  /** Per-request latency drawn from [minMs, maxMs] under `seed`; schema creation takes seconds. */
  latency?: LatencyOptions;
  /** The app's granted scopes (`auth.requiredScopes` of app-hsmeta.json); others answer 403 MISSING_SCOPES. */
  scopes?: readonly string[];
  /** Bounds of the request log. */
  requestLog?: RequestLogLimits;
  /** A search that scans longer than this (timer ms) answers 500 (default 10 000). */
  searchTimeLimitMs?: number;
  /** How a batch create of custom-object records answers a duplicate unique value (default 'batch-409'). */
  uniqueConflicts?: UniqueConflictMode;
  portalId?: number;
}

export interface Sandbox {
  url: string;
  port: number;
  requestLog: RequestLog;
  store: Store;
  /** The whole state as a state file holds it. */
  state(): StateFile;
  /** Flushes the state file and stops listening (open timeout faults are dropped). */
  close(): Promise<void>;
}

async function initialStore(options: SandboxOptions, now: () => Date): Promise<Store> {
  const saved =
    options.initialState ??
    (options.statePath ? await readStateFile(options.statePath) : undefined);
  if (saved) return deserializeStore(saved, now().toISOString());
  const store = new Store(options.portalId ?? 12345678, now().toISOString());
  if (options.seed) {
    const raw =
      options.seed === 'demo'
        ? generateDemoSeed({
            now: options.demoNow ?? now(),
            appValues: options.appProperties !== undefined,
            appPropertyNames: options.appProperties?.map((property) => property.name),
          })
        : options.seed;
    applySeed(store, parseSeed(raw), options.appProperties, now);
  }
  return store;
}

function scopeChecker(store: Store, granted: readonly string[]) {
  return (request: FastifyRequest) => {
    const route = request.routeOptions.url;
    if (route === undefined) return;
    const parsed = paramsSchema.safeParse(request.params ?? {});
    const required = requiredScopes(
      store,
      request.method,
      route,
      parsed.success ? parsed.data : {},
    );
    if (required && !required.some((scope) => granted.includes(scope)))
      throw new HubSpotError(403, missingScopesBody(required));
  };
}

function registerRoutes(app: FastifyInstance, context: SandboxContext): void {
  registerObjectRoutes(app, context);
  registerBatchRoutes(app, context);
  registerSearchRoutes(app, context);
  registerPropertyRoutes(app, context);
  registerAssociationRoutes(app, context);
  registerOwnerRoutes(app, context);
  registerSchemaRoutes(app, context);
}

/** Starts a HubSpot-compatible API server on loopback; point `@hubspot/api-client`'s `basePath` at `url`. */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const now = options.clock ?? (() => new Date());
  const store = await initialStore(options, now);
  const persister = options.statePath ? new StatePersister(options.statePath, store) : undefined;
  const requestLog = new RequestLog(options.requestLog);
  const timer = options.timer ?? realTimer;
  const latency = options.latency ? new LatencyPlan(options.latency) : undefined;
  const app = buildApp({
    log: requestLog,
    timer,
    latency,
    checkScopes: options.scopes ? scopeChecker(store, options.scopes) : undefined,
    limiter: options.rateLimit ? new RateLimiter(options.rateLimit) : undefined,
    faults: options.faults && options.faults.share > 0 ? new FaultPlan(options.faults) : undefined,
    acceptTokens: options.acceptTokens,
    now,
    flush: () => persister?.flush() ?? Promise.resolve(),
  });
  registerRoutes(app, {
    store,
    now,
    timer,
    latency,
    searchTimeLimitMs: options.searchTimeLimitMs ?? 10_000,
    uniqueConflicts: options.uniqueConflicts ?? 'batch-409',
    markChanged: () => persister?.markChanged(),
  });
  persister?.markChanged();
  await persister?.flush();
  await app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = app.server.address();
  const port =
    typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requestLog,
    store,
    state: () => structuredClone(serializeStore(store)),
    close: async () => {
      await persister?.flush();
      await app.close();
    },
  };
}
