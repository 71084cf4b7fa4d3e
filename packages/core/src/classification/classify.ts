import type { CareConfig } from '../config/configSchema';
import type { CompanyInput, EvaluationContext } from '../company/companyInput';
import { assessPotential } from './potential';
import { assessValue } from './assessValue';
import type { Classification, UnidentifiedReason } from './classification';
import { explainClassification } from './explanation';
import { readOverride } from './override';

/**
 * Value × potential → segment for one company (S4), with its override and explanation.
 * @example value class 2 and factors 2/2/0 with the default config → 'develop'
 */
export function classifyCompany(
  input: CompanyInput,
  config: CareConfig,
  ctx: EvaluationContext,
): Classification {
  const value = assessValue(input, config, ctx);
  const potential = assessPotential(input, config);
  const unidentifiedReasons: UnidentifiedReason[] = [];
  // S4: value alone never classifies.
  if (potential.band === null) unidentifiedReasons.push('potential_not_assessed');
  if (value.valueClass === null) unidentifiedReasons.push('value_missing');
  const cell =
    value.valueClass !== null && potential.band !== null
      ? { valueClass: value.valueClass, band: potential.band }
      : null;
  const computedSegment = cell ? config.matrix[cell.valueClass][cell.band] : 'unidentified';
  const override = readOverride(input, ctx);
  return {
    value,
    potential,
    computedSegment,
    override,
    segment: override?.active ? override.segment : computedSegment,
    unidentifiedReasons,
    cell,
    explanation: explainClassification({ value, potential, computedSegment, override }, config),
  };
}
