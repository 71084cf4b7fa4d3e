import { StatusTag } from '@hubspot/ui-extensions';
import { dueStatusLabels, type DueStatus } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';

const variants = {
  on_track: 'success',
  due_soon: 'warning',
  overdue: 'danger',
  none: 'default',
} as const satisfies Record<DueStatus, string>;

export function DueTag(props: { status: DueStatus }) {
  const { lang } = useLocale();
  return (
    <StatusTag variant={variants[props.status]}>{dueStatusLabels[props.status][lang]}</StatusTag>
  );
}
