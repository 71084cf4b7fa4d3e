import { useState } from 'react';
import {
  Accordion,
  Alert,
  Button,
  Flex,
  LoadingButton,
  Text,
  useExtensionActions,
  useExtensionContext,
} from '@hubspot/ui-extensions';
import { parseConfig, taskTypeIssues, type CareConfig, type ConfigIssue } from '@care-model/core';
import type { SettingsData, SettingsImpact } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import { useActions } from '../serverless/useAction';
import { CarePlanSettings } from './CarePlanSettings';
import { fieldPropsFor, type SectionProps } from './fieldProps';
import { ImpactPreview } from './ImpactPreview';
import { LabelSettings } from './LabelSettings';
import { MatrixSettings } from './MatrixSettings';
import { NextStepSettings } from './NextStepSettings';
import { PotentialSettings } from './PotentialSettings';
import { ServiceSettings } from './ServiceSettings';
import { ScopeSettings } from './ScopeSettings';
import { ValueSettings } from './ValueSettings';

/** What the last preview or save said about the draft. */
type Outcome =
  | { kind: 'none' }
  | { kind: 'previewed'; impact: SettingsImpact; draft: string }
  | { kind: 'rejected'; issues: ConfigIssue[]; message: string }
  | { kind: 'conflict' };

/** The config as a form: validated by the core's schema on every edit, previewed, then saved. */
export function SettingsEditor(props: {
  data: SettingsData;
  adminKey: string;
  /** After a save; `changesSegments`: the preview showed companies changing segment. */
  onSaved: (changesSegments: boolean) => void;
}) {
  const { t } = useLocale();
  const { user, portal } = useExtensionContext<'settings'>();
  const { addAlert } = useExtensionActions<'settings'>();
  const { running, run } = useActions<'preview' | 'save'>();
  const [draft, setDraft] = useState<CareConfig>(props.data.config);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const parsed = parseConfig(draft);
  const issues = [
    ...(parsed.ok ? taskTypeIssues(parsed.config, props.data.taskTypes) : parsed.issues),
    ...(outcome.kind === 'rejected' ? outcome.issues : []),
  ];
  const section: SectionProps = {
    config: draft,
    onChange: (config) => {
      setDraft(config);
      if (outcome.kind !== 'conflict') setOutcome({ kind: 'none' });
    },
    field: fieldPropsFor(issues),
    taskTypes: props.data.taskTypes,
  };
  const previewed = outcome.kind === 'previewed' && outcome.draft === JSON.stringify(draft);

  const submit = async (previewOnly: boolean) => {
    const result = await run(previewOnly ? 'preview' : 'save', 'save_settings', {
      config: draft,
      expectedVersion: props.data.version,
      previewOnly,
      timeZone: portal.timezone,
      actor: { userId: String(user.id), email: user.email },
      ...(props.adminKey === '' ? {} : { adminKey: props.adminKey }),
    });
    if (!result.ok) {
      if (result.error.code === 'conflict') setOutcome({ kind: 'conflict' });
      else
        setOutcome({
          kind: 'rejected',
          issues: result.error.issues ?? [],
          message: result.error.message,
        });
      return;
    }
    const { impact } = result.data;
    if (previewOnly && impact) {
      setOutcome({ kind: 'previewed', impact, draft: JSON.stringify(draft) });
      return;
    }
    addAlert({ type: 'success', message: t.settings.savedMessage(result.data.version) });
    props.onSaved(outcome.kind === 'previewed' && outcome.impact.companiesChanging > 0);
  };

  const sections: [string, (p: SectionProps) => JSX.Element][] = [
    [t.settings.scope, ScopeSettings],
    [t.settings.value, ValueSettings],
    [t.settings.potential, PotentialSettings],
    [t.settings.matrix, MatrixSettings],
    [t.settings.carePlans, CarePlanSettings],
    [t.settings.nextSteps, NextStepSettings],
    [t.settings.services, ServiceSettings],
    [t.settings.labels, LabelSettings],
  ];
  return (
    <Flex direction="column" gap="sm">
      {sections.map(([title, Section]) => (
        <Accordion key={title} title={title} defaultOpen={false}>
          <Section {...section} />
        </Accordion>
      ))}
      {issues.length > 0 && (
        <Alert title={t.settings.issuesTitle(issues.length)} variant="danger">
          {issues.map((issue) => (
            <Text key={`${issue.path}:${issue.message}`}>{`${issue.path}: ${issue.message}`}</Text>
          ))}
        </Alert>
      )}
      {outcome.kind === 'rejected' && outcome.issues.length === 0 && (
        <Alert title={t.common.failed} variant="danger">
          {outcome.message}
        </Alert>
      )}
      {outcome.kind === 'conflict' && (
        <Alert title={t.settings.conflictTitle} variant="warning">
          <Text>{t.settings.conflict}</Text>
          <Button variant="secondary" onClick={() => props.onSaved(false)}>
            {t.settings.reload}
          </Button>
        </Alert>
      )}
      {previewed && outcome.kind === 'previewed' && (
        <ImpactPreview impact={outcome.impact} config={draft} />
      )}
      <Flex direction="row" gap="sm">
        <LoadingButton
          variant="secondary"
          loading={running === 'preview'}
          disabled={running !== null || issues.length > 0}
          onClick={() => void submit(true)}
        >
          {t.settings.preview}
        </LoadingButton>
        <LoadingButton
          variant="primary"
          loading={running === 'save'}
          disabled={running !== null || !previewed || issues.length > 0}
          onClick={() => void submit(false)}
        >
          {t.settings.save}
        </LoadingButton>
      </Flex>
      {!previewed && <Text variant="microcopy">{t.settings.previewFirst}</Text>}
    </Flex>
  );
}
