/**
 * Approximate JSON schemas of the 2026.03 `*-hsmeta.json` configs, keyed by the parsing lib's
 * internal component types. HubSpot serves the real ones only to an authenticated account; these
 * follow HubSpot's reference pages and are deliberately strict (no unknown keys).
 */
const string = { type: 'string', minLength: 1 };
const strings = { type: 'array', items: string };
const entrypoint = (folder: string, extensions: string) => ({
  type: 'string',
  pattern: `^/app/${folder}/[A-Za-z0-9_./-]+\\.(${extensions})$`,
});
const strict = (properties: Record<string, unknown>, required: string[]) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});

export const approximateSchemas = {
  APPLICATION: strict(
    {
      name: { type: 'string', minLength: 1, maxLength: 200 },
      description: { type: 'string', maxLength: 8192 },
      logo: string,
      distribution: { enum: ['private', 'marketplace'] },
      auth: strict(
        {
          type: { enum: ['static', 'oauth'] },
          redirectUrls: strings,
          requiredScopes: strings,
          optionalScopes: strings,
          conditionallyRequiredScopes: strings,
        },
        ['type', 'requiredScopes'],
      ),
      permittedUrls: strict({ fetch: strings, iframe: strings, img: strings }, []),
      support: strict(
        {
          supportEmail: { type: 'string', format: 'email' },
          documentationUrl: { type: 'string', format: 'uri' },
          supportUrl: { type: 'string', format: 'uri' },
          supportPhone: string,
        },
        [],
      ),
    },
    ['name', 'distribution', 'auth'],
  ),
  CARD: strict(
    {
      name: { type: 'string', minLength: 1, maxLength: 100 },
      description: { type: 'string', maxLength: 500 },
      previewImage: string,
      location: {
        enum: ['crm.record.tab', 'crm.record.sidebar', 'crm.preview', 'helpdesk.sidebar'],
      },
      entrypoint: entrypoint('cards', 'jsx|tsx'),
      objectTypes: { type: 'array', items: string, minItems: 1, uniqueItems: true },
    },
    ['name', 'location', 'entrypoint', 'objectTypes'],
  ),
  APP_FUNCTION: strict(
    {
      entrypoint: entrypoint('functions', 'js|cjs'),
      secretKeys: strings,
      endpoint: strict(
        { path: string, method: { enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] } },
        ['path'],
      ),
    },
    ['entrypoint'],
  ),
  SETTINGS: strict({ entrypoint: entrypoint('settings', 'jsx|tsx') }, ['entrypoint']),
  PAGE: strict({ entrypoint: entrypoint('pages', 'jsx|tsx'), location: { enum: ['home'] } }, [
    'entrypoint',
  ]),
  WORKFLOW_ACTION: strict(
    {
      actionUrl: { type: 'string', pattern: '^https://' },
      isPublished: { type: 'boolean' },
      supportedClients: { type: 'array' },
      inputFields: { type: 'array' },
      outputFields: { type: 'array' },
      labels: { type: 'object' },
      objectTypes: strings,
      executionRules: { type: 'array' },
      functions: { type: 'array' },
    },
    ['actionUrl'],
  ),
};
