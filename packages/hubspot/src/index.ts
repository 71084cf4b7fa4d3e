/** The HubSpot data library: what the app functions and the CLI share to read and write a portal. */
export {
  createHubSpotClient,
  hubspotClient,
  MissingTokenError,
  type HubSpotClientOptions,
} from './client/createHubSpotClient';
export { describeHubSpotError } from './client/describeHubSpotError';
export { readHubSpotError, type HubSpotError } from './client/readHubSpotError';
export { FunctionFailure, toFunctionError } from './client/toFunctionError';
export {
  called,
  deadlineOf,
  outcomeUnknown,
  setDeadline,
  type CallKind,
} from './client/callPolicy';
export { UnansweredError } from './client/timeoutAgent';
export { readCompany, updateCompany } from './records/readCompany';
export {
  careViewData,
  readCompanyContext,
  type CompanyContext,
  type PortalEnv,
} from './records/readCompanyContext';
export { readCompanyPages } from './records/readCompanyPages';
export { companyCount } from './records/companyCount';
export { companyPropertyNames } from './records/companyPropertyNames';
export { readClosedWonDeals } from './records/readClosedWonDeals';
export {
  associatedIds,
  batchAnswerSchema,
  chunks,
  PartialAnswerError,
  readWhole,
  pageSchema,
  type CrmRecord,
} from './records/crmRecord';
export { createCompanyNote } from './tasks/createCompanyNote';
export { taskProperties } from './tasks/readTasks';
export { allAssociatedIds, associationIds } from './records/associationIds';
export { closeStepTasks } from './tasks/closeStepTasks';
export {
  claimKey,
  claimKeys,
  releaseClaims,
  restampClaim,
  type ClaimStamp,
} from './tasks/claimKeys';
export {
  directCalls,
  syncStepTasks,
  type HubSpotCalls,
  type StepTaskOptions,
  type StepTaskSync,
} from './tasks/syncStepTasks';
export {
  currentSettings,
  readSettings,
  readSettingsRecords,
  saveSettingsVersion,
  snapshotProperties,
  type CurrentSettings,
} from './stores/readSettings';
export {
  latestSnapshot,
  saveSnapshot,
  snapshotMaxChars,
  snapshotText,
  type PortfolioSnapshot,
  type SnapshotInput,
} from './stores/portfolioSnapshot';
export { changeCursorSchema, type ChangeCursor } from './stores/changeCursor';
export { crmRecordSchema } from './records/crmRecord';
export { applyInstall, planInstall } from './install/planInstall';
export type { InstallStep } from './install/installStep';
export { tasksByCompany, type StepTaskRef } from './recompute/tasksByCompany';
export { recomputePortfolio } from './recompute/recomputePortfolio';
export { cliLeaseKey } from './recompute/claimStep';
export { recomputeRunProperty, runUnderWay } from './recompute/recomputeState';
