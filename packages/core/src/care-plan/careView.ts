import type { CarePlan } from '../config/configSchema';
import type {
  DueStatus,
  LocalizedText,
  RuleId,
  TaskPriority,
  TaskType,
} from '../config/vocabulary';
import type { Classification } from '../classification/classification';

export type PlanStatus = 'not_required' | 'missing' | 'stale' | 'current';

/** The care plan's dates, as calendar dates (YYYY-MM-DD) in the portal's time zone. */
export interface CareDates {
  readonly lastContactAt: string | null;
  readonly nextContactDue: string | null;
  /** Null when the segment has no cadence (unidentified). */
  readonly contactStatus: DueStatus | null;
  readonly lastReviewAt: string | null;
  readonly nextReviewDue: string | null;
  readonly reviewStatus: DueStatus | null;
  readonly planUpdatedAt: string | null;
  readonly planDue: string | null;
  readonly planStatus: PlanStatus;
  readonly lastCheckInAt: string | null;
  readonly nextCheckInDue: string | null;
  readonly checkInStatus: DueStatus | null;
  readonly reassessDue: string | null;
  readonly reassessStatus: DueStatus | null;
}

export type ChecklistState = 'suggested' | 'open' | 'done';

/** One next step of one company. `key` is stable per (company, rule, period): the same step is never created twice. */
export interface ChecklistItem {
  readonly rule: RuleId;
  readonly key: string;
  readonly title: LocalizedText;
  readonly dueDate: string;
  readonly taskType: TaskType;
  readonly priority: TaskPriority;
  readonly ownerId: string | null;
  readonly state: ChecklistState;
  readonly taskId: string | null;
}

/** Property values the app owns, as HubSpot takes them; '' clears a property. */
export type KpiFields = Readonly<Record<string, string>>;

/** Everything a company card shows, and everything a recompute writes. */
export interface CareView {
  readonly companyId: string;
  readonly classification: Classification;
  readonly carePlan: CarePlan;
  readonly dates: CareDates;
  readonly checklist: readonly ChecklistItem[];
  readonly kpi: KpiFields;
}
