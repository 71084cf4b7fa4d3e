import { defaultConfig, segmentLabel, segmentSchema } from '@care-model/core';
import type { PreviewLocale } from './host/contextFor';

const variants = {
  key: 'success',
  develop: 'info',
  retain: 'default',
  unidentified: 'warning',
} as const;

/** A company's segment as HubSpot's property list would show it. */
export function SegmentTag(props: { segment: string | null; locale: PreviewLocale }) {
  const segment = segmentSchema.safeParse(props.segment);
  if (!segment.success) return <span className="hs-text--micro">—</span>;
  return (
    <span className={`hs-tag hs-tag--${variants[segment.data]}`} data-segment={segment.data}>
      {segmentLabel(defaultConfig, segment.data, props.locale)}
    </span>
  );
}
