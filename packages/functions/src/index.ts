/** What tests reach through the package root; the CLI imports the modules it needs by path. */
export { readSettingsRecords, snapshotProperties } from './settingsStore';
export { saveSnapshot } from './snapshotStore';
