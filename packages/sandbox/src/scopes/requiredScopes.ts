import { COMPANY, DEAL, NOTE, TASK } from '../objects/objectTypes';
import type { Store } from '../state/store';

/** One of these scopes is needed; `undefined` means the endpoint needs none the sandbox knows of. */
export type ScopeRequirement = readonly string[] | undefined;

const objectScope: Record<string, string> = {
  [COMPANY]: 'crm.objects.companies',
  [DEAL]: 'crm.objects.deals',
  // HubSpot's tasks and notes guides list the contacts scopes for these engagements.
  [TASK]: 'crm.objects.contacts',
  [NOTE]: 'crm.objects.contacts',
};
const schemaScope: Record<string, string> = {
  [COMPANY]: 'crm.schemas.companies',
  [DEAL]: 'crm.schemas.deals',
  [TASK]: 'crm.schemas.contacts',
  [NOTE]: 'crm.schemas.contacts',
};

const readOnlyPost = /\/(search|batch\/read)$/;

function objectScopeOf(store: Store, typeName: string | undefined): string | undefined {
  if (typeName === undefined) return undefined;
  const state = store.findType(typeName);
  if (!state) return undefined;
  return state.info.custom ? 'crm.objects.custom' : objectScope[state.info.objectTypeId];
}

function schemaScopeOf(store: Store, typeName: string | undefined): string | undefined {
  if (typeName === undefined) return undefined;
  const state = store.findType(typeName);
  if (!state) return undefined;
  return state.info.custom ? 'crm.schemas.custom' : schemaScope[state.info.objectTypeId];
}

/**
 * The scopes HubSpot's reference lists for a route: object reads need `.read`, writes `.write`;
 * association routes accept the scope of either object type (HubSpot lists "one of").
 */
export function requiredScopes(
  store: Store,
  method: string,
  route: string,
  params: Record<string, string>,
): ScopeRequirement {
  const access = method === 'GET' || readOnlyPost.test(route) ? 'read' : 'write';
  if (route.startsWith('/crm/v3/objects/')) {
    const scope = objectScopeOf(store, params.objectType);
    return scope ? [`${scope}.${access}`] : undefined;
  }
  if (route.startsWith('/crm/v3/properties/')) {
    const scope = schemaScopeOf(store, params.objectType);
    return scope ? [`${scope}.${access}`] : undefined;
  }
  if (route.startsWith('/crm/v4/')) {
    const scopes = [objectScopeOf(store, params.fromType), objectScopeOf(store, params.toType)];
    const known = scopes.filter((scope): scope is string => scope !== undefined);
    return known.length > 0 ? [...new Set(known.map((scope) => `${scope}.${access}`))] : undefined;
  }
  if (route.startsWith('/crm/v3/owners')) return ['crm.objects.owners.read'];
  if (route.startsWith('/crm/v3/schemas') || route.startsWith('/crm-object-schemas/v3/schemas'))
    return [`crm.schemas.custom.${access}`];
  return undefined;
}

/** HubSpot's 403 body for a call the app's scopes do not cover. */
export function missingScopesBody(required: readonly string[]) {
  return {
    status: 'error',
    message:
      "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    errors: [
      {
        message: 'One or more of the following scopes are required.',
        context: { requiredScopes: [...required] },
      },
    ],
    links: { scopes: 'https://developers.hubspot.com/scopes' },
    category: 'MISSING_SCOPES',
  };
}
