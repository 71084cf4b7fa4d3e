import {
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Toggle,
} from '@hubspot/ui-extensions';
import {
  ruleIds,
  stepTitles,
  taskPriorities,
  type NextStepRule,
  type RuleId,
} from '@care-model/core';
import { useLocale } from '../i18n/useLocale';
import { numberText, toNumber, type SectionProps } from './fieldProps';

/** Each next-step rule: on/off, due offset, task type (of the portal's), priority. */
export function NextStepSettings({ config, onChange, field, taskTypes }: SectionProps) {
  const { t, lang } = useLocale();
  const set = (rule: RuleId, patch: Partial<NextStepRule>) =>
    onChange({
      ...config,
      nextSteps: { ...config.nextSteps, [rule]: { ...config.nextSteps[rule], ...patch } },
    });
  return (
    <Table density="condensed" testId="rules">
      <TableHead>
        <TableRow>
          <TableHeader>{''}</TableHeader>
          <TableHeader>{t.settings.enabled}</TableHeader>
          <TableHeader>{t.settings.dueOffsetDays}</TableHeader>
          <TableHeader>{t.settings.taskType}</TableHeader>
          <TableHeader>{t.settings.priority}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {ruleIds.map((rule) => {
          const r = config.nextSteps[rule];
          return (
            <TableRow key={rule}>
              <TableCell>{stepTitles[rule][lang]}</TableCell>
              <TableCell>
                <Toggle
                  name={`nextSteps.${rule}.enabled`}
                  label={t.settings.enabled}
                  labelDisplay="hidden"
                  checked={r.enabled}
                  onChange={(enabled) => set(rule, { enabled })}
                />
              </TableCell>
              <TableCell>
                <Input
                  name={`nextSteps.${rule}.dueOffsetDays`}
                  label={t.settings.dueOffsetDays}
                  value={numberText(r.dueOffsetDays)}
                  onChange={(text) => set(rule, { dueOffsetDays: toNumber(text) })}
                  {...field(`nextSteps.${rule}.dueOffsetDays`)}
                />
              </TableCell>
              <TableCell>
                <Select
                  name={`nextSteps.${rule}.taskType`}
                  label={t.settings.taskType}
                  value={r.taskType}
                  options={taskTypes.map((v) => ({ label: t.common.taskType[v], value: v }))}
                  onChange={(v) => {
                    const taskType = taskTypes.find((x) => x === v);
                    if (taskType) set(rule, { taskType });
                  }}
                  {...field(`nextSteps.${rule}.taskType`)}
                />
              </TableCell>
              <TableCell>
                <Select
                  name={`nextSteps.${rule}.priority`}
                  label={t.settings.priority}
                  value={r.priority}
                  options={taskPriorities.map((v) => ({ label: t.common.priority[v], value: v }))}
                  onChange={(v) => {
                    const priority = taskPriorities.find((x) => x === v);
                    if (priority) set(rule, { priority });
                  }}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
