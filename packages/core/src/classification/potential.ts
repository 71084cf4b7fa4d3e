import type { CareConfig, Factor } from '../config/configSchema';
import type { PotentialBand } from '../config/vocabulary';
import type { CompanyInput, RawProperties } from '../company/companyInput';
import { prop, readCalendarDate, readNumber, readScore, readText } from '../company/read';
import type { FactorAssessment, PotentialAssessment } from './classification';
import { carePropertyName } from '../catalog/propertyNames';

type Mapping = Extract<Factor['source'], { mode: 'computed' }>['mappings'][number];

/**
 * The potential side of one company: factor scores, their sum, and the band once every required
 * factor is assessed.
 * @example upsell 2, development 2, internal 0 with default bands → score 4/9, band medium
 */
export function assessPotential(input: CompanyInput, config: CareConfig): PotentialAssessment {
  const { properties } = input;
  const factors: FactorAssessment[] = config.potential.factors.map((factor) => ({
    id: factor.id,
    label: factor.label,
    score: factorScore(properties, factor),
    required: factor.required,
    computed: factor.source.mode === 'computed',
  }));
  const assessed = factors.flatMap((f) => (f.score === null ? [] : [f.score]));
  const score = assessed.length > 0 ? assessed.reduce((sum, s) => sum + s, 0) : null;
  const missingFactors = factors.filter((f) => f.required && f.score === null).map((f) => f.id);
  return {
    factors,
    score,
    maxScore: 3 * factors.length,
    band: score !== null && missingFactors.length === 0 ? potentialBand(score, config) : null,
    assessedAt: prop(properties, 'care_potential_assessed_at', readCalendarDate),
    rationale: prop(properties, 'care_potential_rationale', readText),
    missingFactors,
  };
}

/**
 * The potential band of a score under the config's band limits.
 * @example potentialBand(5, defaultConfig) === 'medium' (low 0–2, medium 3–5, high 6–9)
 */
export function potentialBand(score: number, config: CareConfig): PotentialBand {
  const { lowMax, mediumMax } = config.potential.bands;
  if (score <= lowMax) return 'low';
  return score <= mediumMax ? 'medium' : 'high';
}

/** A factor's score: stored by a person, or computed by the first matching mapping (S1, S3). */
function factorScore(properties: RawProperties, factor: Factor): number | null {
  if (factor.source.mode === 'manual')
    return prop(properties, carePropertyName(factor.id), readScore);
  const raw = prop(properties, factor.source.property, readText);
  if (raw === null) return null;
  return factor.source.mappings.find((m) => matches(raw, m))?.score ?? null;
}

function matches(raw: string, mapping: Mapping): boolean {
  if (typeof mapping.value === 'string') {
    if (mapping.op === 'eq') return raw === mapping.value;
    return mapping.op === 'neq' && raw !== mapping.value;
  }
  const n = readNumber(raw);
  if (n === null) return false;
  switch (mapping.op) {
    case 'lt':
      return n < mapping.value;
    case 'lte':
      return n <= mapping.value;
    case 'gt':
      return n > mapping.value;
    case 'gte':
      return n >= mapping.value;
    case 'eq':
      return n === mapping.value;
    case 'neq':
      return n !== mapping.value;
  }
}
