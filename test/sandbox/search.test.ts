import type { Client } from '@hubspot/api-client';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/companies';
import type { Sandbox } from '@care-model/sandbox';
import { failure, startSandbox } from './sandboxClient';

let sandbox: Sandbox;
let client: Client;
beforeAll(
  async () =>
    ({ sandbox, client } = await startSandbox({
      seed: 'demo',
      demoNow: new Date('2026-11-01T00:00:00Z'),
    })),
);
afterAll(() => sandbox.close());

const search = (
  filters: {
    propertyName: string;
    operator: FilterOperatorEnum;
    value?: string;
    highValue?: string;
    values?: string[];
  }[],
  extra = {},
) =>
  client.crm.companies.searchApi.doSearch({
    filterGroups: filters.length ? [{ filters }] : [],
    limit: 200,
    properties: ['name', 'annualrevenue', 'industry'],
    ...extra,
  });

describe('search over the demo portfolio', () => {
  it('filters by number ranges and sorts descending', async () => {
    const page = await search(
      [{ propertyName: 'annualrevenue', operator: FilterOperatorEnum.Gte, value: '1000000' }],
      { sorts: ['-annualrevenue'] },
    );
    const revenues = page.results.map((company) => Number(company.properties.annualrevenue));
    expect(revenues.length).toBeGreaterThan(0);
    expect(revenues.every((revenue) => revenue >= 1_000_000)).toBe(true);
    expect([...revenues].sort((a, b) => b - a)).toEqual(revenues);
  });

  it('combines filter groups with OR and supports HAS/NOT_HAS_PROPERTY and IN', async () => {
    const missing = await search([
      { propertyName: 'industry', operator: FilterOperatorEnum.NotHasProperty },
    ]);
    const machinery = await search([
      { propertyName: 'industry', operator: FilterOperatorEnum.In, values: ['MACHINERY'] },
    ]);
    const either = await client.crm.companies.searchApi.doSearch({
      filterGroups: [
        { filters: [{ propertyName: 'industry', operator: FilterOperatorEnum.NotHasProperty }] },
        {
          filters: [
            { propertyName: 'industry', operator: FilterOperatorEnum.Eq, value: 'MACHINERY' },
          ],
        },
      ],
      limit: 1,
    });
    expect(missing.total).toBeGreaterThan(0);
    expect(either.total).toBe(missing.total + machinery.total);
  });

  it('pages with after and reports the total', async () => {
    const first = await client.crm.companies.searchApi.doSearch({
      filterGroups: [],
      limit: 100,
      after: '0',
    });
    const second = await client.crm.companies.searchApi.doSearch({
      filterGroups: [],
      limit: 100,
      after: first.paging?.next?.after,
    });
    expect(first.total).toBe(300);
    expect(second.results[0]?.id).not.toBe(first.results[0]?.id);
  });

  it('finds tasks by associated company and tokens in text', async () => {
    const tasks = await client.crm.objects.tasks.searchApi.doSearch({
      filterGroups: [],
      limit: 1,
      properties: ['hs_task_subject'],
    });
    const subject = tasks.results[0]?.properties.hs_task_subject ?? '';
    const companyName = subject.replace('Follow up with ', '');
    const byToken = await search([
      {
        propertyName: 'name',
        operator: FilterOperatorEnum.ContainsToken,
        value: companyName.split(' ')[0] ?? '',
      },
    ]);
    expect(byToken.results.map((company) => company.properties.name)).toContain(companyName);
    const company = byToken.results.find((item) => item.properties.name === companyName);
    const byCompany = await client.crm.objects.tasks.searchApi.doSearch({
      filterGroups: [
        {
          filters: [
            {
              propertyName: 'associations.company',
              operator: FilterOperatorEnum.Eq,
              value: company?.id ?? '',
            },
          ],
        },
      ],
      limit: 10,
    });
    expect(byCompany.results.map((task) => task.id)).toContain(tasks.results[0]?.id);
  });

  it('refuses more than 5 filter groups, limits above 200 and paging beyond 10 000', async () => {
    const group = { filters: [{ propertyName: 'name', operator: FilterOperatorEnum.HasProperty }] };
    expect(
      (
        await failure(
          client.crm.companies.searchApi.doSearch({ filterGroups: Array(6).fill(group), limit: 1 }),
        )
      ).code,
    ).toBe(400);
    expect(
      (await failure(client.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 201 })))
        .code,
    ).toBe(400);
    expect(
      (
        await failure(
          client.crm.companies.searchApi.doSearch({ filterGroups: [], limit: 100, after: '9950' }),
        )
      ).code,
    ).toBe(400);
  });
});
