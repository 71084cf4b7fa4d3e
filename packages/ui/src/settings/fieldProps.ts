import type { CareConfig, ConfigIssue, TaskType } from '@care-model/core';

/** The validation props of the input at a config path (dotted, as `parseConfig` reports it). */
export type FieldProps = (path: string) => { error: boolean; validationMessage?: string };

export function fieldPropsFor(issues: readonly ConfigIssue[]): FieldProps {
  return (path) => {
    const issue = issues.find((i) => i.path === path);
    return issue ? { error: true, validationMessage: issue.message } : { error: false };
  };
}

/** What each settings section receives. */
export interface SectionProps {
  config: CareConfig;
  onChange: (config: CareConfig) => void;
  field: FieldProps;
  /** The task types the portal offers (what the install read). */
  taskTypes: readonly TaskType[];
}

/** Text typed into a number field; NaN lets the schema say "must be a number". */
export const toNumber = (text: string): number => (text.trim() === '' ? NaN : Number(text));
/** Empty = none (a care plan without that cycle). */
export const toOptionalNumber = (text: string): number | null =>
  text.trim() === '' ? null : Number(text);
export const numberText = (value: number | null): string =>
  value === null || Number.isNaN(value) ? '' : String(value);
