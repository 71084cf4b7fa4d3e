/** The HubSpot data library: what the app functions and the CLI share to read and write a portal. */
export {
  createHubSpotClient,
  hubspotClient,
  MissingTokenError,
  type HubSpotClientOptions,
} from './client/createHubSpotClient';
export { FunctionFailure, toFunctionError } from './client/toFunctionError';
export { UnansweredError } from './client/timeoutAgent';
export { readCompany, updateCompany } from './records/readCompany';
export {
  careViewData,
  readCompanyContext,
  type CompanyContext,
  type PortalEnv,
} from './records/readCompanyContext';
export { readCompanyPages } from './records/readCompanyPages';
export { companyPropertyNames } from './records/companyPropertyNames';
export { readClosedWonDeals } from './records/readClosedWonDeals';
export { associatedIds, chunks, pageSchema, type CrmRecord } from './records/crmRecord';
export { claimKey, claimKeys, isStale, releaseClaims, type StepRef } from './tasks/claimKeys';
export { createCompanyNote } from './tasks/createCompanyNote';
export {
  createStepTasks,
  findStepTasks,
  readTasks,
  taskProperties,
  tasksByStepKey,
} from './tasks/readTasks';
export {
  currentSettings,
  installedConfig,
  readSettings,
  readSettingsRecords,
  saveSettingsVersion,
  snapshotProperties,
  type CurrentSettings,
} from './stores/readSettings';
export { latestSnapshot, saveSnapshot } from './stores/portfolioSnapshot';
export { defaultTimeZone, timeZoneSchema } from './stores/timeZone';
export { applyInstall, planInstall } from './install/planInstall';
export type { InstallStep } from './install/installStep';
