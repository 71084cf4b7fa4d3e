import { Flex, StatusTag, Text } from '@hubspot/ui-extensions';
import type { ChecklistItem, ChecklistState } from '@care-model/core';
import type { CompanySummary } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';

const variants = {
  suggested: 'info',
  open: 'warning',
  done: 'success',
} as const satisfies Record<ChecklistState, string>;

/** One next step: title, state, due date, owner, task type and priority. */
export function ChecklistRow(props: { item: ChecklistItem; company: CompanySummary }) {
  const { t, lang, format } = useLocale();
  const { item, company } = props;
  const owner =
    item.ownerId === null
      ? t.company.noOwner
      : t.company.owner(
          item.ownerId === company.ownerId && company.ownerName ? company.ownerName : item.ownerId,
        );
  return (
    <Flex direction="row" gap="sm" align="center" testId={`step-${item.rule}`}>
      <StatusTag variant={variants[item.state]}>{t.company.state[item.state]}</StatusTag>
      <Flex direction="column" gap="flush">
        <Text format={{ lineDecoration: item.state === 'done' ? 'strikethrough' : 'none' }}>
          {item.title[lang]}
        </Text>
        <Text variant="microcopy">
          {[
            t.company.due(format.date(item.dueDate)),
            owner,
            t.common.taskType[item.taskType],
            t.common.priority[item.priority],
          ].join(' · ')}
        </Text>
      </Flex>
    </Flex>
  );
}
