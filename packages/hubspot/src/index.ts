/** The HubSpot data library: what the app functions and the CLI share to read and write a portal. */
export {
  createHubSpotClient,
  hubspotClient,
  MissingTokenError,
  type HubSpotClientOptions,
} from './client/createHubSpotClient';
export {
  called,
  deadlineOf,
  outcomeUnknown,
  setDeadline,
  type CallKind,
} from './client/callPolicy';
export { FunctionFailure, toFunctionError } from './client/errors';
export { UnansweredError } from './client/timeoutAgent';
export { readCompany, updateCompany } from './records/companies';
export {
  careViewData,
  readCompanyContext,
  type CompanyContext,
  type PortalEnv,
} from './records/companyContext';
export { allAssociatedIds, associationIds } from './records/associationIds';
export { readCompanyPages } from './records/companyPages';
export { companyPropertyNames } from './records/companyProperties';
export { readClosedWonDeals } from './records/deals';
export { associatedIds, chunks, pageSchema, type CrmRecord } from './records/records';
export { claimKey, claimKeys, isStale, releaseClaims, type StepRef } from './tasks/claims';
export { createCompanyNote } from './tasks/notes';
export {
  createStepTasks,
  findStepTasks,
  readTasks,
  taskProperties,
  tasksByStepKey,
} from './tasks/tasks';
export {
  currentSettings,
  installedConfig,
  readSettings,
  readSettingsRecords,
  saveSettingsVersion,
  snapshotProperties,
  type CurrentSettings,
} from './stores/settingsStore';
export { latestSnapshot, saveSnapshot } from './stores/snapshotStore';
export { defaultTimeZone, timeZoneSchema } from './stores/timeZone';
export { applyInstall, planInstall, type InstallStep } from './install/install';
