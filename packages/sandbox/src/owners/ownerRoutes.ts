import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../http/context';
import { hubspotError } from '../http/errors';
import { param, queryLimit, queryText, readParams, readQuery } from '../http/parse';
import type { Owner } from '../state/store';

const view = (owner: Owner) => ({
  ...owner,
  type: 'PERSON',
  userIdIncludingInactive: owner.userId,
  teams: [],
});

/** `GET /crm/v3/owners/` (HubSpot's trailing slash) with email filter and paging, and by id. */
export function registerOwnerRoutes(app: FastifyInstance, context: SandboxContext): void {
  const list = async (request: { query: unknown }) => {
    const query = readQuery(request.query);
    const limit = queryLimit(query, 100, 500);
    const email = queryText(query, 'email')?.toLowerCase();
    const archived = queryText(query, 'archived') === 'true';
    const owners = [...context.store.owners.values()].filter(
      (owner) => owner.archived === archived && (!email || owner.email.toLowerCase() === email),
    );
    const offset = Number(queryText(query, 'after') ?? '0') || 0;
    const results = owners.slice(offset, offset + limit).map(view);
    const next = offset + limit;
    return next < owners.length
      ? { results, paging: { next: { after: String(next), link: '' } } }
      : { results };
  };
  app.get('/crm/v3/owners/', list);
  app.get('/crm/v3/owners', list);

  app.get('/crm/v3/owners/:ownerId', async (request) => {
    const id = param(readParams(request.params), 'ownerId');
    const byUserId = queryText(readQuery(request.query), 'idProperty') === 'userId';
    const owner = [...context.store.owners.values()].find((candidate) =>
      byUserId ? String(candidate.userId) === id : candidate.id === id,
    );
    if (!owner) throw hubspotError(404, 'OBJECT_NOT_FOUND', `Owner ${id} not found`);
    return view(owner);
  });
}
