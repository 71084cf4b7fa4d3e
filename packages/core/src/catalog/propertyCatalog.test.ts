import fc from 'fast-check';
import { defaultConfig, parseConfig } from '../config/parseConfig';
import type { CareConfig } from '../config/configSchema';
import { configOf } from '../testing/fixtures';
import { propertyCatalog } from './propertyCatalog';
import { propertyDefinitionSchema } from './propertyDefinition';
import { propertyGroup } from './propertyGroup';
import {
  catalogPropertyNames,
  carePropertyName,
  extraPropertyNames,
  memoPropertyNames,
} from './propertyNames';

const byName = (config: CareConfig, name: string) =>
  propertyCatalog(config).find((p) => p.name === name);

describe('propertyCatalog', () => {
  const catalog = propertyCatalog(defaultConfig);

  it('holds every name of the specification exactly once, plus who set the override, the check-in date, the recheck instant and the recompute memo', () => {
    const names = catalog.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of catalogPropertyNames)
      expect(names.filter((n) => n === name)).toHaveLength(1);
    const afterOverride = catalogPropertyNames.indexOf('care_override_until') + 1;
    expect(names).toEqual([
      ...catalogPropertyNames.slice(0, afterOverride),
      'care_override_set_by',
      ...catalogPropertyNames.slice(afterOverride),
      'care_last_check_in_at',
      'care_recheck_at',
      ...memoPropertyNames,
    ]);
  });

  it('labels who set the override in English and Finnish, and reads it as an extra property', () => {
    expect(byName(defaultConfig, 'care_override_set_by')).toMatchObject({
      label: 'Override set by',
      type: 'string',
      fieldType: 'text',
    });
    expect(byName(configOf({ locale: 'fi' }), 'care_override_set_by')?.label).toBe(
      'Ohituksen asettaja',
    );
    expect(extraPropertyNames).toContain('care_override_set_by');
    expect(catalogPropertyNames).not.toContain('care_override_set_by');
  });

  it('fixes the spec catalog names (section 5)', () => {
    expect(catalogPropertyNames).toHaveLength(27);
    expect(catalogPropertyNames).toContain('care_potential_assessed_at');
    expect(carePropertyName('upsell')).toBe('care_potential_upsell');
  });

  it('gives each property a HubSpot type, the group and a valid shape', () => {
    for (const property of catalog) {
      expect(propertyDefinitionSchema.safeParse(property).success).toBe(true);
      expect(property.groupName).toBe('care_model');
      expect(property.label).not.toBe('');
      expect(property.description).not.toBe('');
    }
  });

  it.each([
    ['care_segment', 'enumeration', 'select', ['key', 'develop', 'retain', 'unidentified']],
    [
      'care_segment_computed',
      'enumeration',
      'select',
      ['key', 'develop', 'retain', 'unidentified'],
    ],
    [
      'care_override_segment',
      'enumeration',
      'select',
      ['key', 'develop', 'retain', 'unidentified'],
    ],
    ['care_value_class', 'enumeration', 'select', ['1', '2', '3']],
    ['care_contact_status', 'enumeration', 'select', ['on_track', 'due_soon', 'overdue', 'none']],
    [
      'care_relationship_status',
      'enumeration',
      'select',
      ['satisfied_engaged', 'satisfied_neutral', 'dissatisfied_at_risk'],
    ],
    ['care_has_next_step', 'bool', 'booleancheckbox', ['true', 'false']],
    ['care_segment_reason', 'string', 'text', []],
    ['care_potential_rationale', 'string', 'textarea', []],
    ['care_value_amount', 'number', 'number', []],
    ['care_potential_internal', 'number', 'number', []],
    ['care_override_until', 'date', 'date', []],
    ['care_override_set_by', 'string', 'text', []],
    ['care_classified_at', 'datetime', 'date', []],
    ['care_last_check_in_at', 'date', 'date', []],
  ])('%s is %s / %s with options %p', (name, type, fieldType, values) => {
    const property = byName(defaultConfig, name);
    expect(property).toMatchObject({ type, fieldType });
    expect(property?.options.map((o) => o.value)).toEqual(values);
    property?.options.forEach((o, i) =>
      expect(o).toMatchObject({ displayOrder: i, hidden: false }),
    );
  });

  it("labels segment options with the admin's segment names in the portal's language", () => {
    const config = configOf({
      locale: 'fi',
      labels: { segments: { key: { en: 'Strategic', fi: 'Strateginen' } } },
    });
    expect(byName(config, 'care_segment')?.options.map((o) => o.label)).toEqual([
      'Strateginen',
      'Kehitettävä',
      'Ylläpidettävä',
      'Tunnistamaton',
    ]);
    expect(byName(config, 'care_segment')?.label).toBe('Hoitosegmentti');
    expect(byName(config, 'care_has_next_step')?.options.map((o) => o.label)).toEqual([
      'Kyllä',
      'Ei',
    ]);
    expect(byName(defaultConfig, 'care_has_next_step')?.options.map((o) => o.label)).toEqual([
      'Yes',
      'No',
    ]);
  });

  it('follows the configured factors', () => {
    const config = configOf({
      potential: {
        factors: [
          { id: 'upsell', label: { en: 'Upsell', fi: 'Lisämyynti' } },
          { id: 'reference', label: { en: 'Reference', fi: 'Referenssi' } },
        ],
        bands: { lowMax: 1, mediumMax: 3 },
      },
    });
    const names = propertyCatalog(config).map((p) => p.name);
    expect(names).toContain('care_potential_reference');
    expect(names).not.toContain('care_potential_internal');
    expect(byName(config, 'care_potential_reference')?.label).toBe('Potential: Reference');
  });

  it('adds services in use when the service catalogue has services', () => {
    expect(byName(defaultConfig, 'care_services_in_use')).toBeUndefined();
    const config = configOf({
      services: [
        { id: 'support', label: { en: 'Support', fi: 'Tuki' } },
        { id: 'hosting', label: { en: 'Hosting', fi: 'Ylläpito' } },
      ],
    });
    expect(byName(config, 'care_services_in_use')).toMatchObject({
      type: 'enumeration',
      fieldType: 'checkbox',
      options: [
        { label: 'Support', value: 'support', displayOrder: 0, hidden: false },
        { label: 'Hosting', value: 'hosting', displayOrder: 1, hidden: false },
      ],
    });
  });

  it('has unique names and unique option values for any config', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/);
    const label = fc.record({ en: fc.constant('A'), fi: fc.constant('B') });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id, label }), {
          minLength: 1,
          maxLength: 10,
          selector: (f) => f.id,
        }),
        fc.uniqueArray(fc.record({ id, label }), { maxLength: 10, selector: (s) => s.id }),
        fc.constantFrom('en' as const, 'fi' as const),
        (factors, services, locale) => {
          const max = factors.length * 3;
          const parsed = parseConfig({
            locale,
            services,
            potential: { factors, bands: { lowMax: 0, mediumMax: Math.max(1, max - 1) } },
          });
          fc.pre(parsed.ok);
          if (!parsed.ok) return;
          const catalog = propertyCatalog(parsed.config);
          const names = catalog.map((p) => p.name);
          expect(new Set(names).size).toBe(names.length);
          for (const property of catalog) {
            const values = property.options.map((o) => o.value);
            expect(new Set(values).size).toBe(values.length);
            expect(propertyDefinitionSchema.safeParse(property).success).toBe(true);
          }
        },
      ),
    );
  });
});

describe('propertyGroup', () => {
  it('names the care_model group in the portal language', () => {
    expect(propertyGroup(defaultConfig)).toEqual({
      name: 'care_model',
      label: 'Care model',
      displayOrder: -1,
    });
    expect(propertyGroup(configOf({ locale: 'fi' })).label).toBe('Asiakkuudenhoitomalli');
  });
});

describe('factor ids', () => {
  it.each(['score', 'rationale', 'assessed_at'])(
    'rejects %p, whose property would collide with the catalog',
    (id) => {
      const parsed = parseConfig({
        potential: {
          factors: [{ id, label: { en: 'X', fi: 'X' } }],
          bands: { lowMax: 0, mediumMax: 1 },
        },
      });
      expect(parsed.ok).toBe(false);
    },
  );
});
