import { Store } from '../state/store';
import { applySeed } from './applySeed';
import { parseSeed } from './seedSchema';

const now = () => new Date('2026-11-01T00:00:00Z');
const load = (raw: unknown) =>
  applySeed(new Store(1, now().toISOString()), parseSeed(raw), undefined, now);
const company = { id: '1', properties: { name: 'Oy X' } };
const deal = (id: string, properties: Record<string, string>, companies = ['1']) => ({
  id,
  properties,
  associations: { companies },
});

describe('seed validation', () => {
  it.each([
    [
      { companies: [company], deals: [deal('8', {}), deal('9', { amount: 'abc' })] },
      'deals[1] (id 9): properties.amount "abc" is not a valid number',
    ],
    [
      { companies: [company], deals: [deal('9', { dealstage: 'won' })] },
      'deals[0] (id 9): properties.dealstage won was not one of the allowed options',
    ],
    [
      { companies: [{ id: '1', properties: { colour: 'red' } }] },
      'companies[0] (id 1): properties.colour Property "colour" does not exist',
    ],
    [
      { companies: [company], deals: [deal('9', {}, ['77'])] },
      'deals[0] (id 9): associations.companies[0]: "77" is not a company in the seed',
    ],
    [
      { companies: [{ id: '1', properties: { hubspot_owner_id: '5' } }] },
      'companies[0] (id 1): properties.hubspot_owner_id 5 is not a valid owner id',
    ],
    [
      { owners: [{ id: '1', email: 'not-an-email', firstName: 'A', lastName: 'B' }] },
      'owners[0] (id 1): email:',
    ],
    [
      { companies: [{ id: '1', properties: { care_segment: 'key' } }] },
      'companies[0] (id 1): properties.care_segment: an app property',
    ],
  ])('refuses %j', (raw, message) => {
    expect(() => load(raw)).toThrow(message);
  });

  it('loads a valid seed with its associations', () => {
    const store = new Store(1, now().toISOString());
    applySeed(
      store,
      parseSeed({
        companies: [company],
        deals: [deal('9', { amount: '48200', dealstage: 'closedwon', pipeline: 'default' })],
      }),
      undefined,
      now,
    );
    expect(store.findType('deals')?.records.get('9')?.properties.hs_is_closed_won).toBe('true');
    expect(store.associations.list('0-2', '1', '0-3')).toEqual([['9', [342]]]);
  });
});
