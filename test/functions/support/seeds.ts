import type { Seed } from '@care-model/sandbox';

/** Owners, companies (current customers: in the care model's scope) and deals of a small portal; the app's fields are as install left them. */
export const portalSeed: Seed = {
  owners: [
    { id: '101', email: 'aino@example.fi', firstName: 'Aino', lastName: 'Virtanen' },
    { id: '102', email: 'eero@example.fi', firstName: 'Eero', lastName: 'Laine' },
  ],
  companies: [
    {
      id: '1',
      properties: {
        name: 'Kivelä Konepaja Oy',
        lifecyclestage: 'customer',
        hubspot_owner_id: '101',
        industry: 'MACHINERY',
        annualrevenue: '4200000',
        notes_last_contacted: '2026-10-01T09:00:00Z',
      },
    },
    {
      id: '2',
      properties: {
        name: 'Nordic Freight Ltd',
        lifecyclestage: 'customer',
        hubspot_owner_id: '102',
        industry: 'LOGISTICS_AND_SUPPLY_CHAIN',
        annualrevenue: '900000',
        care_value_amount: '48200',
        care_potential_upsell: '2',
        care_potential_development: '2',
        care_potential_internal: '0',
        care_potential_assessed_at: '2026-06-01',
      },
    },
    { id: '3', properties: { name: 'Baltic Foods AS', lifecyclestage: 'customer' } },
  ],
  deals: [
    {
      id: '9',
      properties: {
        dealname: 'Service contract',
        amount: '30000',
        closedate: '2026-05-10T00:00:00Z',
        dealstage: 'closedwon',
        pipeline: 'default',
      },
      associations: { companies: ['1'] },
    },
    {
      id: '10',
      properties: {
        dealname: 'Spare parts',
        amount: '18200',
        closedate: '2026-08-10T00:00:00Z',
        dealstage: 'closedwon',
        pipeline: 'default',
      },
      associations: { companies: ['1'] },
    },
    {
      id: '11',
      properties: {
        dealname: 'Upgrade',
        amount: '12000',
        closedate: '2026-06-10T00:00:00Z',
        dealstage: 'closedlost',
        pipeline: 'default',
      },
      associations: { companies: ['1'] },
    },
  ],
  tasks: [],
};
