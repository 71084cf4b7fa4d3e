import type { CareConfig } from '../config/configSchema';
import type { Locale, PotentialBand, Segment } from '../config/vocabulary';

/** The admin's name for a segment, e.g. "Develop" / "Kehitettävä". */
export function segmentLabel(config: CareConfig, segment: Segment, locale: Locale): string {
  return config.labels.segments[segment][locale];
}

/** The admin's name for a potential band, e.g. "Medium" / "Keskitaso". */
export function bandLabel(config: CareConfig, band: PotentialBand, locale: Locale): string {
  return config.labels.bands[band][locale];
}

/** The admin's name for a potential factor; the id when the factor is not configured. */
export function factorLabel(config: CareConfig, factorId: string, locale: Locale): string {
  return config.potential.factors.find((f) => f.id === factorId)?.label[locale] ?? factorId;
}
