import type { CareConfig } from '../config/configSchema';
import type { Locale, LocalizedText, Segment } from '../config/vocabulary';
import { explanationTexts, type ExplanationTexts } from '../i18n/explanationTexts';
import { segmentLabel } from '../i18n/labels';
import type { OverrideState, PotentialAssessment, ValueAssessment } from './classification';

/** What the explanation line is made of. */
export interface ExplanationParts {
  readonly value: ValueAssessment;
  readonly potential: PotentialAssessment;
  readonly computedSegment: Segment;
  readonly override: OverrideState | null;
}

/**
 * The human reason for a classification, in English and Finnish.
 * @example "Value class 2 (€48,200 in 12 months) · potential 4/9 (Upsell 2, Development 2, Internal value 0) → Develop"
 */
export function explainClassification(parts: ExplanationParts, config: CareConfig): LocalizedText {
  return { en: explain(parts, config, 'en'), fi: explain(parts, config, 'fi') };
}

function explain(parts: ExplanationParts, config: CareConfig, locale: Locale): string {
  const texts = explanationTexts[locale];
  const computed = segmentLabel(config, parts.computedSegment, locale);
  const { override } = parts;
  if (override?.active) {
    const segment = segmentLabel(config, override.segment, locale);
    return texts.override(segment, override.until, override.reason, computed);
  }
  const value = valuePart(parts.value, config, texts);
  return `${value} · ${potentialPart(parts.potential, locale, texts)} → ${computed}`;
}

function valuePart(value: ValueAssessment, config: CareConfig, texts: ExplanationTexts): string {
  if (value.amount === null) return texts.valueMissing;
  const amount = new Intl.NumberFormat(texts.numberLocale, {
    style: 'currency',
    currency: config.value.currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value.amount);
  const source = config.value.source;
  const detail =
    source.mode === 'property'
      ? texts.fromProperty(amount, source.property)
      : texts.inWindow(amount, windowText(source.windowDays, texts));
  return value.valueClass === null
    ? texts.valueNotComputed(detail)
    : texts.valueClass(value.valueClass, detail);
}

function windowText(windowDays: number, texts: ExplanationTexts): string {
  return windowDays % 365 === 0 ? texts.months((windowDays / 365) * 12) : texts.days(windowDays);
}

function potentialPart(
  potential: PotentialAssessment,
  locale: Locale,
  texts: ExplanationTexts,
): string {
  const { factors, score } = potential;
  if (score === null || potential.missingFactors.length > 0) {
    const missing = factors.filter((f) =>
      potential.missingFactors.length > 0 ? potential.missingFactors.includes(f.id) : true,
    );
    return texts.potentialNotAssessed(missing.map((f) => f.label[locale]).join(', '));
  }
  const list = factors.map((f) => `${f.label[locale]} ${f.score ?? texts.notAssessedScore}`);
  return texts.potential(score, potential.maxScore, list.join(', '));
}
