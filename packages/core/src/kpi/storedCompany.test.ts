import { defaultConfig } from '../config/parseConfig';
import { storedCompany, storedCompanyPropertyNames } from './storedCompany';

const full = {
  name: 'Kivelä Konepaja Oy',
  hubspot_owner_id: '101',
  createdate: '2025-01-10T08:00:00Z',
  care_segment: 'develop',
  care_segment_computed: 'develop',
  care_value_amount: '48200',
  care_value_class: '2',
  care_potential_score: '4',
  care_contact_status: 'due_soon',
  care_plan_updated_at: '2026-06-01',
  care_next_review_due: '2026-11-01',
  care_has_next_step: 'true',
  care_segment_changed_at: '2026-05-02',
  care_potential_upsell: '2',
  care_next_contact_due: '2026-11-25',
  industry: 'MACHINERY',
};

describe('storedCompanyPropertyNames', () => {
  it('names every property storedCompany reads, so a reader of only those loses nothing', () => {
    const only = Object.fromEntries(
      Object.entries(full).filter(([name]) =>
        (storedCompanyPropertyNames as readonly string[]).includes(name),
      ),
    );
    const company = (properties: Record<string, string>) =>
      storedCompany({ id: '1', properties }, defaultConfig, '2026-11-20');
    expect(company(only)).toEqual(company(full));
    expect(company(only)).toMatchObject({
      segment: 'develop',
      hasNextStep: true,
      reviewOverdue: true,
    });
  });
});
