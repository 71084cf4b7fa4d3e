export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox';
export { generateDemoSeed, type DemoSeedOptions } from './demo/generateDemoSeed';
export { parseSeed, SeedError, type Seed } from './seed/seedSchema';
export { propertyDefinitionSchema, type PropertyDefinition } from './properties/propertyTypes';
export { faultKinds, type FaultKind, type FaultOptions } from './faults/faults';
export type { RateLimitOptions } from './limits/rateLimiter';
export type { LoggedRequest, RequestLog } from './log/requestLog';
