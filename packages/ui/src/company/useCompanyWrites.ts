import { useExtensionActions, useExtensionContext } from '@hubspot/ui-extensions';
import type { Segment } from '@care-model/core';
import type { CareViewData, FunctionResult } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { useActions } from '../serverless/useAction';
import type { ActivityKind } from './activityKinds';

export type CompanyWriteId = 'override' | 'clear' | 'assess' | 'tasks' | ActivityKind;

export interface CompanyWrites {
  running: CompanyWriteId | null;
  setOverride: (segment: Segment, reason: string, until: string | undefined) => Promise<boolean>;
  clearOverride: () => Promise<boolean>;
  saveAssessment: (scores: Record<string, number | null>, rationale: string) => Promise<boolean>;
  createTasks: (keys: string[]) => Promise<boolean>;
  record: (kind: ActivityKind) => Promise<boolean>;
}

/** The card's writes: each shows the fresh view, refreshes the record and says how it went. */
export function useCompanyWrites(
  data: CareViewData,
  onUpdate: (data: CareViewData) => void,
): CompanyWrites {
  const { user, portal } = useExtensionContext<'crm.record.tab'>();
  const { addAlert, refreshObjectProperties } = useExtensionActions<'crm.record.tab'>();
  const { t } = useLocale();
  const { running, run } = useActions<CompanyWriteId>();
  const companyId = data.company.id;
  const actor = { userId: String(user.id), email: user.email };
  // Dates use the portal's time zone until the settings store one.
  const timeZone = portal.timezone;

  const settle = <D extends CareViewData>(result: FunctionResult<D>, success: (d: D) => string) => {
    if (!result.ok) {
      addAlert({ type: 'danger', title: t.common.failed, message: result.error.message });
      return false;
    }
    onUpdate(result.data);
    refreshObjectProperties();
    addAlert({ type: 'success', title: t.common.saved, message: success(result.data) });
    return true;
  };

  return {
    running,
    setOverride: async (segment, reason, until) =>
      settle(
        await run('override', 'set_override', {
          companyId,
          segment,
          reason,
          until,
          actor,
          timeZone,
        }),
        () => t.company.overrideSaved,
      ),
    clearOverride: async () =>
      settle(
        await run('clear', 'clear_override', { companyId, actor, timeZone }),
        () => t.company.overrideCleared,
      ),
    saveAssessment: async (scores, rationale) =>
      settle(
        await run('assess', 'save_assessment', {
          companyId,
          scores,
          rationale,
          actor,
          timeZone,
        }),
        () => t.company.assessmentSaved,
      ),
    createTasks: async (keys) => {
      const result = await run('tasks', 'sync_next_steps', { companyId, keys });
      if (result.ok && result.data.failed.length > 0) {
        addAlert({
          type: 'warning',
          title: t.common.failed,
          message: [
            t.company.tasksFailed(result.data.failed.length),
            ...result.data.failed.map((f) => f.message),
          ].join(' '),
        });
      }
      return settle(result, ({ created, existing }) =>
        t.company.tasksCreated(created.length, existing.length),
      );
    },
    record: async (kind) =>
      settle(
        await run(kind, 'record_activity', { companyId, kind, actor, timeZone }),
        () => t.company.recorded[kind],
      ),
  };
}
