import { defaultConfig, type CareView, type Classification } from '@care-model/core';
import type { CareViewData, FunctionName, FunctionResult } from '@care-model/contract';
import type { ServerlessCaller } from '@care-model/ui';

// Hand-built views typed by the core's types, in the shape of the specification's S4 examples.

const factor = (id: string, en: string, fi: string, score: number | null) => ({
  id,
  label: { en, fi },
  score,
  required: true,
  computed: false,
});

export const developClassification: Classification = {
  value: { source: 'deals', amount: 48200, valueClass: '2', windowDays: 365 },
  potential: {
    factors: [
      factor('upsell', 'Upsell', 'Lisämyynti', 2),
      factor('development', 'Development', 'Kehitys', 2),
      factor('internal', 'Internal value', 'Sisäinen arvo', 0),
    ],
    score: 4,
    maxScore: 9,
    band: 'medium',
    assessedAt: '2026-06-01',
    rationale: 'Two services in use, a third in discussion.',
    missingFactors: [],
  },
  computedSegment: 'develop',
  override: null,
  segment: 'develop',
  unidentifiedReasons: [],
  cell: { valueClass: '2', band: 'medium' },
  explanation: {
    en: 'Value class 2 (€48,200 in 12 months) · potential 4/9 (Upsell 2, Development 2, Internal value 0) → Develop',
    fi: 'Arvoluokka 2 (48 200 € / 12 kk) · potentiaali 4/9 (Lisämyynti 2, Kehitys 2, Sisäinen arvo 0) → Kehitettävä',
  },
};

export const unidentifiedClassification: Classification = {
  ...developClassification,
  potential: {
    ...developClassification.potential,
    factors: developClassification.potential.factors.map((f) => ({ ...f, score: null })),
    score: null,
    band: null,
    assessedAt: null,
    rationale: null,
    missingFactors: ['upsell', 'development', 'internal'],
  },
  computedSegment: 'unidentified',
  segment: 'unidentified',
  unidentifiedReasons: ['potential_not_assessed'],
  cell: null,
  explanation: {
    en: 'Value class 2 (€48,200 in 12 months) · potential not assessed (Upsell –, Development –, Internal value –) → Unidentified',
    fi: 'Arvoluokka 2 (48 200 € / 12 kk) · potentiaalia ei ole arvioitu → Tunnistamaton',
  },
};

export const noValueClassification: Classification = {
  ...developClassification,
  value: { source: 'property', amount: null, valueClass: null, windowDays: null },
  computedSegment: 'unidentified',
  segment: 'unidentified',
  unidentifiedReasons: ['value_missing'],
  cell: null,
  explanation: { en: 'Value data missing → Unidentified', fi: 'Arvotieto puuttuu → Tunnistamaton' },
};

const step = (
  rule: CareView['checklist'][number]['rule'],
  en: string,
  state: CareView['checklist'][number]['state'],
  dueDate: string,
) => ({
  rule,
  key: `101:${rule}:2026-11`,
  title: { en, fi: `FI ${en}` },
  dueDate,
  taskType: 'TODO' as const,
  priority: 'MEDIUM' as const,
  ownerId: '77',
  state,
  taskId: state === 'suggested' ? null : `task-${rule}`,
});

export function careView(classification: Classification = developClassification): CareView {
  const unidentified = classification.segment === 'unidentified';
  return {
    companyId: '101',
    scope: {
      inScope: true,
      reason: 'lifecycle-stage',
      lifecycleStage: 'customer',
      lastWonDate: null,
    },
    classification,
    carePlan: defaultConfig.carePlans[classification.segment],
    dates: {
      lastContactAt: '2026-08-01',
      nextContactDue: unidentified ? null : '2026-09-30',
      contactStatus: unidentified ? null : 'overdue',
      lastReviewAt: '2026-01-10',
      nextReviewDue: unidentified ? null : '2027-01-10',
      reviewStatus: unidentified ? null : 'on_track',
      planUpdatedAt: null,
      planDue: unidentified ? null : '2026-11-15',
      planStatus: unidentified ? 'not_required' : 'missing',
      lastCheckInAt: null,
      nextCheckInDue: null,
      checkInStatus: unidentified ? null : 'none',
      reassessDue: '2027-06-01',
      reassessStatus: 'on_track',
    },
    checklist: unidentified
      ? [step('classify', 'Assess potential and classify', 'suggested', '2026-11-15')]
      : [
          step('contact-due', 'Contact the customer', 'suggested', '2026-11-04'),
          step('plan-missing', 'Create / update the development plan', 'open', '2026-11-15'),
          step('review-due', 'Hold the account review', 'done', '2026-10-20'),
        ],
    kpi: {},
  };
}

export function careViewData(
  classification?: Classification,
  patch: Partial<CareView> = {},
): CareViewData {
  return {
    company: { id: '101', name: 'Nordic Rail Oy', ownerId: '77', ownerName: 'Aino Virtanen' },
    config: defaultConfig,
    view: { ...careView(classification), ...patch },
    timeZone: 'Europe/Helsinki',
    valueClassFromRecompute: false,
  };
}

type Handler = (parameters: Record<string, unknown>) => FunctionResult<unknown> | Promise<never>;

/** A fake `hubspot.serverless`: answers per function uid, records every call. */
export function fakeCaller(handlers: Partial<Record<FunctionName, Handler>>) {
  const calls: { name: string; parameters: Record<string, unknown> }[] = [];
  const caller: ServerlessCaller = async (name, options) => {
    const parameters =
      typeof options.parameters === 'object' &&
      options.parameters !== null &&
      !Array.isArray(options.parameters)
        ? { ...options.parameters }
        : {};
    calls.push({ name, parameters });
    const handler = handlers[name as FunctionName];
    if (!handler) throw new Error(`No fake for ${name}`);
    return handler(parameters);
  };
  return { caller, calls, callsTo: (name: FunctionName) => calls.filter((c) => c.name === name) };
}

/** A promise that never settles: the view stays loading. */
export const pending = (): Promise<never> => new Promise<never>(() => undefined);
