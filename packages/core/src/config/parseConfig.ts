import { configSchema, type CareConfig } from './configSchema';

/** One problem in a config, at a dotted path an admin can find on the settings page. */
export interface ConfigIssue {
  path: string;
  message: string;
}

export type ParseConfigResult =
  { ok: true; config: CareConfig } | { ok: false; issues: ConfigIssue[] };

/**
 * Parses a stored or edited config; defaults fill whatever an older version did not store.
 * @example parseConfig({}).ok === true
 */
export function parseConfig(input: unknown): ParseConfigResult {
  const result = configSchema.safeParse(input ?? {});
  if (result.success) return { ok: true, config: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(config)',
      message: issue.message,
    })),
  };
}

/** The specification's defaults. */
export const defaultConfig: CareConfig = configSchema.parse({});
