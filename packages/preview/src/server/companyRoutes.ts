import { catalogPropertyNames } from '@care-model/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  ownerName,
  readCompany,
  readOwners,
  searchAnswerSchema,
  type SandboxApi,
} from './sandboxApi';

const basicProperties = [
  'name',
  'domain',
  'industry',
  'city',
  'numberofemployees',
  'annualrevenue',
  'lifecyclestage',
  'hubspot_owner_id',
];

const listQuerySchema = z.object({
  query: z.string().max(200).default(''),
  segment: z.string().max(40).default(''),
});
const idSchema = z.object({ id: z.string().regex(/^\d{1,20}$/) });
const propertiesQuerySchema = z.object({ properties: z.string().max(4000).default('') });

function segmentFilter(segment: string) {
  if (segment === '') return [];
  if (segment === 'none')
    return [{ filters: [{ propertyName: 'care_segment', operator: 'NOT_HAS_PROPERTY' }] }];
  return [{ filters: [{ propertyName: 'care_segment', operator: 'EQ', value: segment }] }];
}

/** The company index, one company record, and the signed-in user: what HubSpot's own pages show around the app. */
export function registerCompanyRoutes(
  app: FastifyInstance,
  api: SandboxApi,
  portal: { id: number; timezone: string },
) {
  app.get('/api/session', async () => {
    const [owner] = await readOwners(api);
    const [firstName, lastName] = [owner?.firstName ?? 'Preview', owner?.lastName ?? 'User'];
    return {
      portal,
      user: {
        id: owner?.userId ?? 1,
        email: owner?.email ?? 'preview@example.com',
        firstName,
        lastName,
      },
    };
  });

  app.get('/api/companies', async (request) => {
    const { query, segment } = listQuerySchema.parse(request.query);
    const [answer, owners] = await Promise.all([
      api.post('/crm/v3/objects/companies/search', {
        query: query || undefined,
        filterGroups: segmentFilter(segment),
        sorts: [{ propertyName: 'name', direction: 'ASCENDING' }],
        properties: ['name', 'domain', 'care_segment', 'hubspot_owner_id'],
        limit: 100,
      }),
      readOwners(api),
    ]);
    const { total, results } = searchAnswerSchema.parse(answer);
    const companies = results.map((company) => ({
      id: company.id,
      name: company.properties.name ?? '',
      domain: company.properties.domain ?? '',
      segment: company.properties.care_segment ?? null,
      ownerName: ownerName(
        owners.find((owner) => owner.id === company.properties.hubspot_owner_id),
      ),
    }));
    return { total, companies };
  });

  app.get('/api/companies/:id', async (request) => {
    const { id } = idSchema.parse(request.params);
    const { properties } = propertiesQuerySchema.parse(request.query);
    const names = properties
      ? properties.split(',')
      : [...basicProperties, ...catalogPropertyNames];
    const [company, owners] = await Promise.all([readCompany(api, id, names), readOwners(api)]);
    const owner = owners.find((candidate) => candidate.id === company.properties.hubspot_owner_id);
    return { id: company.id, properties: company.properties, ownerName: ownerName(owner) };
  });
}
