import type { Classification } from '../classification/classification';
import type { CompanyInput } from '../company/companyInput';
import { prop, readNumber, readText } from '../company/read';

/** One required input of the care model and whether the company has it. */
export interface InputCheck {
  readonly name: string;
  readonly present: boolean;
  /** Counted by the data-gaps rule; factor checks count only towards data completeness. */
  readonly basic: boolean;
}

/**
 * The required inputs (S1, S3: complete data): value data, industry, annual revenue, owner, and every required factor.
 * @example a company without `industry` → { name: 'industry', present: false, basic: true }
 */
export function inputChecks(input: CompanyInput, classification: Classification): InputCheck[] {
  const { properties } = input;
  const basic = [
    { name: 'value', present: classification.value.amount !== null },
    { name: 'industry', present: prop(properties, 'industry', readText) !== null },
    { name: 'annualrevenue', present: prop(properties, 'annualrevenue', readNumber) !== null },
    { name: 'hubspot_owner_id', present: prop(properties, 'hubspot_owner_id', readText) !== null },
  ].map((check) => ({ ...check, basic: true }));
  const factors = classification.potential.factors
    .filter((factor) => factor.required)
    .map((factor) => ({
      name: `factor:${factor.id}`,
      present: factor.score !== null,
      basic: false,
    }));
  return [...basic, ...factors];
}
