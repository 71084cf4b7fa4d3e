import { Tag } from '@hubspot/ui-extensions';
import type { CareConfig, Segment } from '@care-model/core';
import { useLocale } from '../i18n/useLocale';

const variants = {
  key: 'success',
  develop: 'info',
  retain: 'default',
  unidentified: 'warning',
} as const satisfies Record<Segment, string>;

/** A segment as a tag with the admin's label. */
export function SegmentTag(props: { config: CareConfig; segment: Segment; testId?: string }) {
  const { lang } = useLocale();
  return (
    <Tag variant={variants[props.segment]} testId={props.testId}>
      {props.config.labels.segments[props.segment][lang]}
    </Tag>
  );
}
