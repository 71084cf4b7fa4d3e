import { ruleIdSchema, type RuleId } from '../config/vocabulary';

export interface StepKeyParts {
  readonly companyId: string;
  readonly rule: RuleId;
  readonly period: string;
}

/**
 * The idempotency key of a next step: the same company, rule and period is the same step.
 * @example stepKey('42', 'contact-due', '2026-11-12') === '42:contact-due:2026-11-12'
 */
export function stepKey(companyId: string, rule: RuleId, period: string): string {
  return `${companyId}:${rule}:${period}`;
}

/** The parts of a step key, or null when it is not one (unknown rule, no period). */
export function parseStepKey(key: string): StepKeyParts | null {
  const [companyId = '', rule, ...period] = key.split(':');
  const parsedRule = ruleIdSchema.safeParse(rule);
  const periodText = period.join(':');
  if (companyId === '' || !parsedRule.success || periodText === '') return null;
  return { companyId, rule: parsedRule.data, period: periodText };
}
