import type { Classification } from '../classification/classification';
import type {
  CompanyInput,
  EvaluationContext,
  RawProperties,
  TaskInput,
} from '../company/companyInput';
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

export function company(properties: RawProperties = {}, tasks: TaskInput[] = []): CompanyInput {
  return { id: '101', properties, deals: [], tasks };
}

export function task(id: string, body: string, status = 'NOT_STARTED'): TaskInput {
  return { id, properties: { hs_task_body: body, hs_task_status: status } };
}

export function contextAt(iso: string, timeZone = 'Europe/Helsinki'): EvaluationContext {
  return { now: new Date(iso), timeZone };
}
