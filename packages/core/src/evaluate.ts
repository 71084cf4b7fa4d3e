import { careDates } from './care-plan/careDates';
import type { CareView } from './care-plan/careView';
import { classifyCompany } from './classification/classify';
import { paretoClassOf, type ParetoCutoffs } from './classification/paretoClasses';
import { valueAmount } from './classification/valueAmount';
import type { CompanyInput, EvaluationContext } from './company/companyInput';
import type { CareConfig } from './config/configSchema';
import { hubspotDateTime } from './kpi/hubspotValues';
import { kpiFields } from './kpi/kpiFields';
import { recheckAt } from './kpi/recheckAt';
import { buildChecklist } from './next-steps/checklist';
import { companyScope } from './scope/companyScope';

/**
 * Everything the care model says about one company: scope, classification, care plan, dates, checklist and KPI fields.
 * @example evaluateCompany(company, defaultConfig, { now, timeZone: 'Europe/Helsinki' }).kpi.care_segment
 */
export function evaluateCompany(
  input: CompanyInput,
  config: CareConfig,
  ctx: EvaluationContext,
): CareView {
  const classification = classifyCompany(input, config, ctx);
  const carePlan = config.carePlans[classification.segment];
  const dates = careDates(input, classification, carePlan, ctx);
  const scope = companyScope(input, config, ctx);
  if (!scope.inScope) {
    // Out of scope (2.0): no segment, no next steps, no KPI; a person's inputs stay where they are.
    const cleared = kpiFields(input, classification, dates, [], config, ctx);
    const kpi = Object.fromEntries(Object.keys(cleared).map((name) => [name, '']));
    const view = {
      companyId: input.id,
      scope,
      classification,
      carePlan,
      dates,
      checklist: [],
      kpi,
    };
    return withRecheck(view, input, config, ctx);
  }
  const checklist = buildChecklist(input, classification, dates, config, ctx);
  const kpi = kpiFields(input, classification, dates, checklist, config, ctx);
  const view = { companyId: input.id, scope, classification, carePlan, dates, checklist, kpi };
  return withRecheck(view, input, config, ctx);
}

// Kept out of kpiFields: a new recheck instant alone is not a change of the company's classification.
function withRecheck(
  view: CareView,
  input: CompanyInput,
  config: CareConfig,
  ctx: EvaluationContext,
): CareView {
  const at = recheckAt(input, view, config, ctx);
  return { ...view, kpi: { ...view.kpi, care_recheck_at: at ? hubspotDateTime(at) : '' } };
}

/**
 * One company of a portfolio: in Pareto mode its value class comes from the portfolio's `cutoffs`
 * (S1); without cutoffs, `evaluateCompany` as is.
 */
export function evaluateInPortfolio(
  input: CompanyInput,
  config: CareConfig,
  ctx: EvaluationContext,
  cutoffs: ParetoCutoffs | null | undefined,
): CareView {
  if (!cutoffs) return evaluateCompany(input, config, ctx);
  const paretoClass = paretoClassOf(valueAmount(input, config.value.source, ctx.now), cutoffs);
  return evaluateCompany(input, config, { ...ctx, paretoClass });
}
