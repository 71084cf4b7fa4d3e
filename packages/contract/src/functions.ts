import type { z } from 'zod';
import {
  classifyCompanyParams,
  clearOverrideParams,
  getSettingsParams,
  installFieldsParams,
  loadCareViewParams,
  portfolioSummaryParams,
  recomputePortfolioParams,
  recordActivityParams,
  saveAssessmentParams,
  saveSettingsParams,
  setOverrideParams,
  syncNextStepsParams,
} from './parameters';

/** Every app function: its uid (the `*-hsmeta.json` uid and the bundle's file name) and its parameters. */
export const functionParams = {
  install_fields: installFieldsParams,
  load_care_view: loadCareViewParams,
  classify_company: classifyCompanyParams,
  save_assessment: saveAssessmentParams,
  set_override: setOverrideParams,
  clear_override: clearOverrideParams,
  record_activity: recordActivityParams,
  sync_next_steps: syncNextStepsParams,
  get_settings: getSettingsParams,
  save_settings: saveSettingsParams,
  portfolio_summary: portfolioSummaryParams,
  recompute_portfolio: recomputePortfolioParams,
} as const;

export type FunctionName = keyof typeof functionParams;

/** The portal-wide functions: only a caller with the admin key may run them (decision 0015). */
export const adminFunctions = [
  'install_fields',
  'save_settings',
  'recompute_portfolio',
] as const satisfies readonly FunctionName[];
export const functionNames = Object.keys(functionParams) as FunctionName[];

/** What a caller passes (defaults may be left out). */
export type FunctionInput<N extends FunctionName> = z.input<(typeof functionParams)[N]>;
/** What a handler receives after parsing. */
export type FunctionParams<N extends FunctionName> = z.output<(typeof functionParams)[N]>;
