import type { CareConfig, CareView, PortfolioSummary, Segment } from '@care-model/core';
import type { FunctionName } from './functions';

export interface CompanySummary {
  id: string;
  name: string | null;
  ownerId: string | null;
  ownerName: string | null;
}

/** One planned or applied change of `install_fields`. */
export interface InstallChange {
  kind: 'create_group' | 'create_property' | 'update_property' | 'create_schema' | 'update_schema';
  objectType: string;
  name: string;
  /** What differs, for updates (e.g. "options: + strategic"). */
  detail?: string;
}

export interface InstallFieldsData {
  dryRun: boolean;
  changes: InstallChange[];
}

export interface CareViewData {
  company: CompanySummary;
  config: CareConfig;
  view: CareView;
  timeZone: string;
  /** Who set the override (`care_override_set_by`, as the card reported the actor); `at` when known. */
  overrideSetBy?: { name: string | null; at: string | null } | null;
}

/** After a write: the fresh view and the property names that were written. */
export interface WriteData extends CareViewData {
  written: string[];
}

/** No fresh view: creating tasks stays within 3 HubSpot calls; the card reloads the view after. */
export interface SyncNextStepsData {
  created: { key: string; taskId: string }[];
  /** Already claimed by an earlier or a concurrent call; the task id when it is known. */
  existing: { key: string; taskId: string | null }[];
  failed: { key: string; message: string }[];
}

export interface SettingsVersion {
  version: number;
  savedAt: string | null;
  savedBy: string | null;
}

export interface SettingsData extends SettingsVersion {
  config: CareConfig;
  history: SettingsVersion[];
}

export interface SettingsImpact {
  /** False when the time limit stopped the read before every company was seen (absent: complete). */
  complete?: boolean;
  companiesRead: number;
  companiesChanging: number;
  transitions: { from: Segment; to: Segment; count: number }[];
}

export interface SaveSettingsData {
  saved: boolean;
  version: number;
  impact: SettingsImpact;
}

export interface PortfolioSummaryData {
  /** Where the numbers come from: a live read, or the snapshot the portfolio recompute keeps. */
  source: 'live' | 'snapshot';
  asOf: string;
  companies: number;
  summary: PortfolioSummary;
  /** The config the figures were computed with: segment and band labels, currency. */
  config?: CareConfig;
  /** Owner id → display name, for the KPI rows (ids without a name are shown as ids). */
  ownerNames?: Record<string, string>;
}

/** The data each function answers with when `ok`. */
export interface FunctionData {
  install_fields: InstallFieldsData;
  load_care_view: CareViewData;
  classify_company: WriteData;
  save_assessment: WriteData;
  set_override: WriteData;
  clear_override: WriteData;
  record_activity: WriteData;
  sync_next_steps: SyncNextStepsData;
  get_settings: SettingsData;
  save_settings: SaveSettingsData;
  portfolio_summary: PortfolioSummaryData;
}

export type FunctionDataOf<N extends FunctionName> = FunctionData[N];
