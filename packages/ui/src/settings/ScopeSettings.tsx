import { Flex, Input, Select } from '@hubspot/ui-extensions';
import { useLocale } from '../i18n/useLocale';
import { numberText, toNumber, type SectionProps } from './fieldProps';

const stagesText = (stages: readonly string[]) => stages.join(', ');
const toStages = (text: string) =>
  text
    .split(',')
    .map((stage) => stage.trim())
    .filter((stage) => stage !== '');

/** Which companies the care model covers (2.0), and how many new tasks one run gives each owner. */
export function ScopeSettings({ config, onChange, field }: SectionProps) {
  const { t } = useLocale();
  const { scope } = config;
  const set = (patch: Partial<typeof scope>) =>
    onChange({ ...config, scope: { ...scope, ...patch } });
  const stageField = [
    'scope.lifecycleStages',
    ...scope.lifecycleStages.map((_, i) => `scope.lifecycleStages.${i}`),
  ]
    .map(field)
    .find((props) => props.error) ?? { error: false };
  return (
    <Flex direction="column" gap="sm">
      <Select
        name="scope.mode"
        label={t.settings.scopeMode}
        value={scope.mode}
        options={[
          { label: t.settings.scopeStagesOrDeal, value: 'stages-or-recent-deal' },
          { label: t.settings.scopeAll, value: 'all' },
        ]}
        onChange={(mode) => set({ mode: mode === 'all' ? 'all' : 'stages-or-recent-deal' })}
      />
      {scope.mode === 'stages-or-recent-deal' && (
        <Flex direction="row" gap="sm">
          <Input
            name="scope.lifecycleStages"
            label={t.settings.lifecycleStages}
            value={stagesText(scope.lifecycleStages)}
            onChange={(text) => set({ lifecycleStages: toStages(text) })}
            {...stageField}
          />
          <Input
            name="scope.recentDealMonths"
            label={t.settings.recentDealMonths}
            value={numberText(scope.recentDealMonths)}
            onChange={(text) => set({ recentDealMonths: toNumber(text) })}
            {...field('scope.recentDealMonths')}
          />
        </Flex>
      )}
      <Input
        name="tasks.newPerOwnerPerRun"
        label={t.settings.newPerOwnerPerRun}
        value={numberText(config.tasks.newPerOwnerPerRun)}
        onChange={(text) => onChange({ ...config, tasks: { newPerOwnerPerRun: toNumber(text) } })}
        {...field('tasks.newPerOwnerPerRun')}
      />
    </Flex>
  );
}
