import type { ChangeCursor, CurrentSettings, PortfolioSnapshot } from '@care-model/hubspot';
import { overlapMs, type ChangeMark } from './changeMark';

/** Why an incremental run must be a full one; null when the cursor can be used. */
export function fullReason(
  snapshot: PortfolioSnapshot | null,
  settings: CurrentSettings,
  timeZone: string,
  now: Date,
  syncTasks: boolean,
  fullEveryMs?: number,
): string | null {
  const cursor = snapshot?.cursor;
  if (!cursor) return 'no earlier CLI run is recorded in the portal';
  if (cursor.configVersion !== settings.version)
    return `the settings changed (version ${cursor.configVersion} → ${settings.version}) since the last run`;
  if (cursor.timeZone !== timeZone)
    return `the time zone changed (${cursor.timeZone} → ${timeZone}) since the last run`;
  if (cursor.syncTasks !== syncTasks)
    return `the last run ran ${cursor.syncTasks ? 'with' : 'without'} --sync-tasks`;
  if (Date.parse(cursor.now) > now.getTime())
    return `${now.toISOString()} is before the last run's ${cursor.now}`;
  if (fullEveryMs !== undefined && now.getTime() - Date.parse(cursor.fullAt) >= fullEveryMs)
    return `the last full run, as of ${cursor.fullAt}, is at least --full-every before ${now.toISOString()}`;
  return null;
}

/** The cursor a run leaves: the next run searches from the mark less the index lag's overlap. */
export function nextCursor(
  mark: ChangeMark | { atMs: number },
  run: Omit<ChangeCursor, 'changedSince'>,
): ChangeCursor {
  return { ...run, changedSince: new Date(Math.max(0, mark.atMs - overlapMs)).toISOString() };
}
