import { defaultCurrencies } from '../currency/currencies';
import { createPrng } from '../faults/prng';
import type { Seed } from '../seed/seedSchema';
import { appValues } from './demoAppValues';
import {
  countries,
  type DemoCountry,
  demoIndustries,
  demoOwners,
  englishStems,
  englishTrades,
  finnishStems,
  finnishTrades,
} from './names';

export interface DemoSeedOptions {
  /** Reference date: contact dates, deals and assessments are placed relative to it. */
  now: Date;
  companies?: number;
  /** Include `care_` values (needs the app's property definitions in the sandbox). */
  appValues?: boolean;
  /** Only these `care_` properties are emitted (default: all the demo knows). */
  appPropertyNames?: readonly string[];
  seed?: number;
}

const DAY = 86_400_000;
type Company = { id: string; properties: Record<string, string> };
type Linked = Company & { associations: { companies: string[] } };

/**
 * Every 7th open or lost deal is priced in SEK or USD (the amount is the EUR value at the default
 * rates); won deals stay in EUR, so the app's won-deal sums of the demo are what they were.
 */
function foreignCurrency(index: number): { code: string; rate: number } | undefined {
  if (index % 7 !== 3) return undefined;
  const code = index % 2 === 0 ? 'SEK' : 'USD';
  return { code, rate: defaultCurrencies.rates[code] ?? 1 };
}

/** A deterministic, realistic portfolio: the same options always give the same seed. */
export function generateDemoSeed(options: DemoSeedOptions): Seed {
  const random = createPrng(options.seed ?? 2026);
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)] ?? (items[0] as T);
  const now = options.now.getTime();
  const iso = (time: number) => new Date(time).toISOString();
  const count = options.companies ?? 300;
  const companies: Company[] = [];
  const deals: Linked[] = [];
  const tasks: Linked[] = [];
  const usedNames = new Set<string>();

  for (let index = 0; index < count; index += 1) {
    const id = String(index + 1);
    const finnish = random() < 0.55;
    const country: DemoCountry = finnish
      ? 'FI'
      : pick(['SE', 'EE', 'GB', 'DE', 'GB', 'SE'] as const);
    const base = finnish
      ? `${pick(finnishStems)} ${pick(finnishTrades)}`
      : `${pick(englishStems)} ${pick(englishTrades)}`;
    let name = `${base} ${countries[country].suffix}`;
    for (let n = 2; usedNames.has(name); n += 1) name = `${base} ${n} ${countries[country].suffix}`;
    usedNames.add(name);
    const size = random() ** 2.2;
    const revenue = Math.round((200_000 * 10 ** (size * 2.7)) / 1000) * 1000;
    const properties: Record<string, string> = {
      name,
      domain: `${name
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '')}.example`,
      city: pick(countries[country].cities),
      country,
      createdate: iso(now - (900 + Math.floor(random() * 900)) * DAY),
      lifecyclestage: 'customer',
    };
    if (random() > 0.08) properties.industry = pick(demoIndustries);
    if (random() > 0.1) properties.annualrevenue = String(revenue);
    properties.numberofemployees = String(Math.max(2, Math.round(revenue / 160_000)));
    if (random() > 0.07) properties.hubspot_owner_id = pick(demoOwners).id;
    const contact = random();
    if (contact > 0.1) {
      const daysAgo =
        contact < 0.4
          ? random() * 25
          : contact < 0.55
            ? 25 + random() * 12
            : contact < 0.7
              ? 50 + random() * 15
              : contact < 0.85
                ? 170 + random() * 15
                : 190 + random() * 300;
      properties.notes_last_contacted = iso(now - Math.floor(daysAgo * DAY));
      if (random() < 0.3)
        properties.hs_last_sales_activity_timestamp = iso(now - Math.floor(daysAgo * 0.6 * DAY));
    }
    if (options.appValues !== false)
      Object.assign(
        properties,
        appValues({ random, pick, now, index, count, names: options.appPropertyNames }),
      );
    companies.push({ id, properties });

    const dealCount = Math.floor(random() * (2 + size * 10));
    for (let d = 0; d < dealCount; d += 1) {
      const closeAt =
        now - Math.floor(random() * 3 * 365 * DAY) + (random() < 0.15 ? 120 * DAY : 0);
      const open = closeAt > now;
      const stage = open
        ? pick(['qualifiedtobuy', 'presentationscheduled', 'contractsent'] as const)
        : random() < 0.6
          ? 'closedwon'
          : 'closedlost';
      const amount = Math.round(
        (3_000 + 8_000 * (1 / (1 - random() * 0.97) - 1)) * (0.4 + size * 3),
      );
      const currency = stage === 'closedwon' ? undefined : foreignCurrency(deals.length);
      deals.push({
        id: String(1_000_000 + deals.length + 1),
        properties: {
          dealname: `${name} – ${pick(['Service contract', 'Upgrade', 'Spare parts', 'Pilot', 'Expansion', 'Licence renewal'])}`,
          amount: String(currency ? Math.round(amount / currency.rate) : amount),
          ...(currency ? { deal_currency_code: currency.code } : {}),
          closedate: iso(closeAt),
          dealstage: stage,
          pipeline: 'default',
          createdate: iso(closeAt - 60 * DAY),
        },
        associations: { companies: [id] },
      });
    }
    if (random() < 0.3) {
      tasks.push({
        id: String(5_000_000 + tasks.length + 1),
        properties: {
          hs_task_subject: `Follow up with ${name}`,
          hs_timestamp: iso(now + Math.floor(random() * 30) * DAY),
          hs_task_status: 'NOT_STARTED',
          hs_task_priority: 'MEDIUM',
          hs_task_type: 'CALL',
          ...(properties.hubspot_owner_id ? { hubspot_owner_id: properties.hubspot_owner_id } : {}),
        },
        associations: { companies: [id] },
      });
    }
  }
  const owners = demoOwners.map((owner) => ({
    ...owner,
    email:
      `${owner.firstName}.${owner.lastName}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z.]/g, '') + '@demo.example',
  }));
  return { owners, companies, deals, tasks, notes: [] };
}
