import { startSandbox } from './sandboxClient';

describe('associations on a record read', () => {
  it('lists the first 100 per type with a cursor; the v4 API pages through all 250', async () => {
    const { sandbox, client } = await startSandbox({
      seed: {
        companies: [{ id: '1', properties: { name: 'Many deals Oy' } }],
        deals: Array.from({ length: 250 }, (_, i) => ({
          id: String(100 + i),
          properties: { dealname: `Deal ${i}` },
          associations: { companies: ['1'] },
        })),
      },
    });
    try {
      const company = await client.crm.companies.basicApi.getById('1', [], undefined, ['deals']);
      expect(company.associations?.deals?.results).toHaveLength(100);
      expect(company.associations?.deals?.paging?.next?.after).toBeDefined();
      const first = await client.crm.associations.v4.basicApi.getPage('companies', '1', 'deals');
      expect(first.results).toHaveLength(250);
    } finally {
      await sandbox.close();
    }
  });
});
