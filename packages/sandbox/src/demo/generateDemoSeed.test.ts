import { generateDemoSeed } from './generateDemoSeed';

const now = new Date('2026-11-01T00:00:00Z');
const DAY = 86_400_000;

describe('generateDemoSeed', () => {
  const seed = generateDemoSeed({ now });
  const companies = seed.companies ?? [];
  const value = (properties: Record<string, unknown>, name: string) =>
    typeof properties[name] === 'string' ? String(properties[name]) : undefined;

  it('is deterministic and sized as asked', () => {
    expect(generateDemoSeed({ now })).toEqual(seed);
    expect(companies).toHaveLength(300);
    expect(generateDemoSeed({ now, companies: 1000 }).companies).toHaveLength(1000);
    expect(seed.owners).toHaveLength(6);
  });

  it('spreads last contact so that every status of 30/60/180-day cadences appears', () => {
    const ages = companies.map((company) => {
      const contacted = value(company.properties ?? {}, 'notes_last_contacted');
      return contacted ? (now.getTime() - Date.parse(contacted)) / DAY : undefined;
    });
    expect(ages.some((age) => age === undefined)).toBe(true);
    expect(ages.some((age) => age !== undefined && age < 23)).toBe(true);
    expect(ages.some((age) => age !== undefined && age >= 23 && age < 30)).toBe(true);
    expect(ages.some((age) => age !== undefined && age > 180)).toBe(true);
  });

  it('has gaps, assessments, at-risk relationships, overrides and all value classes', () => {
    const has = (name: string) =>
      companies.filter((company) => value(company.properties ?? {}, name) !== undefined).length;
    expect(has('hubspot_owner_id')).toBeLessThan(300);
    expect(has('industry')).toBeLessThan(300);
    expect(has('annualrevenue')).toBeLessThan(300);
    expect(has('care_potential_upsell')).toBeGreaterThan(100);
    expect(has('care_override_segment')).toBe(2);
    expect(
      companies.some(
        (company) =>
          value(company.properties ?? {}, 'care_relationship_status') === 'dissatisfied_at_risk',
      ),
    ).toBe(true);
    const wonByCompany = new Map<string, number>();
    for (const deal of seed.deals ?? []) {
      const properties = deal.properties ?? {};
      const closed = Date.parse(value(properties, 'closedate') ?? '');
      if (
        value(properties, 'dealstage') !== 'closedwon' ||
        now.getTime() - closed > 365 * DAY ||
        closed > now.getTime()
      )
        continue;
      const id = deal.associations?.companies?.[0] ?? '';
      wonByCompany.set(
        String(id),
        (wonByCompany.get(String(id)) ?? 0) + Number(value(properties, 'amount')),
      );
    }
    const amounts = [...wonByCompany.values()];
    expect(amounts.some((amount) => amount >= 100_000)).toBe(true);
    expect(amounts.some((amount) => amount >= 20_000 && amount < 100_000)).toBe(true);
    expect(amounts.some((amount) => amount < 20_000)).toBe(true);
  });

  it('can leave out app values', () => {
    const plain = generateDemoSeed({ now, appValues: false });
    expect(
      plain.companies?.some((company) =>
        Object.keys(company.properties ?? {}).some((name) => name.startsWith('care_')),
      ),
    ).toBe(false);
  });

  it('prices some open or lost deals in SEK and USD, never a won one', () => {
    const deals = generateDemoSeed({ now }).deals ?? [];
    const foreign = deals.filter((deal) => deal.properties?.deal_currency_code !== undefined);
    const codes = new Set(foreign.map((deal) => deal.properties?.deal_currency_code));
    expect(codes).toEqual(new Set(['SEK', 'USD']));
    expect(foreign.some((deal) => deal.properties?.dealstage === 'closedwon')).toBe(false);
  });
});
