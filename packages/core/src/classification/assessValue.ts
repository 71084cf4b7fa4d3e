import type { CareConfig } from '../config/configSchema';
import { valueClassSchema, type ValueClass } from '../config/vocabulary';
import type { CompanyInput, EvaluationContext } from '../company/companyInput';
import { prop, readText } from '../company/read';
import type { ValueAssessment } from './classification';
import { valueAmount } from './valueAmount';
import { valueClass } from './valueClass';

/** The value side of one company: its amount and value class under the configured source and mode. */
export function assessValue(
  input: CompanyInput,
  config: CareConfig,
  ctx: EvaluationContext,
): ValueAssessment {
  const { source, classes } = config.value;
  const amount =
    source.mode === 'deals' && ctx.storedValueAmount !== undefined
      ? ctx.storedValueAmount
      : valueAmount(input, source, ctx.now);
  return {
    source: source.mode,
    amount,
    valueClass:
      classes.mode === 'bands' ? valueClass(amount, classes) : paretoClass(input, amount, ctx),
    windowDays: source.mode === 'deals' ? source.windowDays : null,
  };
}

/** Pareto needs the whole portfolio: reuse the recompute's class, else the stored one (spec 2.1). */
function paretoClass(
  input: CompanyInput,
  amount: number | null,
  ctx: EvaluationContext,
): ValueClass | null {
  if (amount === null) return null;
  if (ctx.paretoClass !== undefined) return ctx.paretoClass;
  const stored = valueClassSchema.safeParse(prop(input.properties, 'care_value_class', readText));
  return stored.success ? stored.data : null;
}
