import type { Classification } from '../classification/classification';
import type {
  CompanyInput,
  EvaluationContext,
  RawProperties,
  TaskInput,
} from '../company/companyInput';
import type { CareConfig, CareConfigInput } from '../config/configSchema';
import { parseConfig } from '../config/parseConfig';
import type { Segment } from '../config/vocabulary';

/** Test fixtures: hand-built classifications and companies (tests only). */
export function classificationFor(
  segment: Segment,
  overrides: Partial<Classification> = {},
  assessedAt: string | null = '2026-06-01',
): Classification {
  const identified = segment !== 'unidentified';
  const score = identified ? 2 : null;
  return {
    value: { source: 'deals', amount: 48200, valueClass: '2', windowDays: 365 },
    potential: {
      factors: ['upsell', 'development', 'internal'].map((id) => ({
        id,
        label: { en: id, fi: id },
        score,
        required: true,
        computed: false,
      })),
      score: identified ? 6 : null,
      maxScore: 9,
      band: identified ? 'high' : null,
      assessedAt,
      rationale: null,
      missingFactors: identified ? [] : ['upsell', 'development', 'internal'],
    },
    computedSegment: segment,
    override: null,
    segment,
    unidentifiedReasons: identified ? [] : ['potential_not_assessed'],
    cell: identified ? { valueClass: '2', band: 'high' } : null,
    explanation: { en: `→ ${segment}`, fi: `→ ${segment}` },
    ...overrides,
  };
}

/** A key company kept by the book at 2026-11-01: owner, data, recent contact, review, plan and check-in. */
export const healthy: RawProperties = {
  hubspot_owner_id: '7',
  industry: 'Software',
  annualrevenue: '1000000',
  notes_last_contacted: '2026-10-25T08:00:00Z',
  care_last_review_at: '2026-10-01',
  care_plan_updated_at: '2026-10-01',
  care_last_check_in_at: '2026-10-01',
  care_relationship_status: 'satisfied_engaged',
};

export function company(properties: RawProperties = {}, tasks: TaskInput[] = []): CompanyInput {
  return { id: '101', properties, deals: [], tasks };
}

export function task(id: string, body: string, status = 'NOT_STARTED'): TaskInput {
  return { id, properties: { hs_task_body: body, hs_task_status: status } };
}

export function contextAt(iso: string, timeZone = 'Europe/Helsinki'): EvaluationContext {
  return { now: new Date(iso), timeZone };
}

/** A config from a partial input; a test's own config must be valid. */
export function configOf(input: CareConfigInput): CareConfig {
  const parsed = parseConfig(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.config;
}

/** The three default potential factors' scores, as HubSpot strings. */
export function scores(upsell: string, development: string, internal: string): RawProperties {
  return {
    care_potential_upsell: upsell,
    care_potential_development: development,
    care_potential_internal: internal,
  };
}
