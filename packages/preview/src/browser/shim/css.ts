import type { AllDistances } from '@hubspot/ui-extensions';

const distancePx: Record<string, number> = {
  flush: 0,
  xs: 4,
  'extra-small': 4,
  sm: 8,
  small: 8,
  md: 16,
  medium: 16,
  lg: 24,
  large: 24,
  xl: 32,
  'extra-large': 32,
};

/** A HubSpot distance token ("sm", "medium", "flush"…) in pixels. */
export function px(distance: AllDistances | undefined, fallback = 0): string {
  return `${distance === undefined ? fallback : (distancePx[distance] ?? fallback)}px`;
}

/** Joins class names, dropping empty ones. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

const flexValues: Record<string, string> = {
  start: 'flex-start',
  end: 'flex-end',
  center: 'center',
  baseline: 'baseline',
  stretch: 'stretch',
  around: 'space-around',
  between: 'space-between',
  auto: 'auto',
};

/** A HubSpot flex alignment word as CSS. */
export const flexValue = (word: string | undefined): string | undefined =>
  word === undefined ? undefined : (flexValues[word] ?? word);

/** A data-testid attribute from HubSpot's `testId` prop. */
export const testIdOf = (testId: string | undefined) =>
  testId === undefined ? {} : { 'data-testid': testId };
