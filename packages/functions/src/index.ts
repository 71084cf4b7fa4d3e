/** What other packages (the CLI's portfolio recompute) share with the app functions. */
export { hubspotClient } from './hubspotClient';
export { toFunctionError } from './errors';
export { claimObject, customObjectSchemas, settingsObject } from './customObjects';
export { companyPropertyNames } from './companyProperties';
export { currentSettings, readSettingsRecords, snapshotProperties } from './settingsStore';
export { latestSnapshot, portfolioSnapshotSchema, saveSnapshot } from './snapshotStore';
