import { useState } from 'react';
import {
  Accordion,
  Button,
  DateInput,
  DescriptionList,
  DescriptionListItem,
  Flex,
  LoadingButton,
  Select,
  Text,
  TextArea,
  type BaseDate,
} from '@hubspot/ui-extensions';
import { segments, type Segment } from '@care-model/core';
import type { CareViewData } from '@care-model/contract';
import { useLocale } from '../i18n/useLocale';
import type { CompanyWrites } from './useCompanyWrites';

interface OverrideDraft {
  segment: Segment;
  reason: string;
  until: BaseDate | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (d: BaseDate) => `${d.year}-${pad(d.month + 1)}-${pad(d.date)}`;

/** The manual segment: who set it, why and until when; set or clear it. */
export function OverrideSection(props: { data: CareViewData; writes: CompanyWrites }) {
  const { t, lang, format } = useLocale();
  const { config, view, overrideSetBy } = props.data;
  const override = view.classification.override;
  const [draft, setDraft] = useState<OverrideDraft>({
    segment: override?.segment ?? view.classification.segment,
    reason: '',
    until: null,
  });
  const label = (s: Segment) => config.labels.segments[s][lang];
  const { running } = props.writes;
  const setBy = overrideSetBy?.name ?? t.company.unknownPerson;
  const setAt = overrideSetBy?.at
    ? ` (${format.dateTime(overrideSetBy.at, props.data.timeZone)})`
    : '';

  const submit = async () => {
    const until = draft.until ? isoDate(draft.until) : undefined;
    if (await props.writes.setOverride(draft.segment, draft.reason, until)) {
      setDraft({ ...draft, reason: '', until: null });
    }
  };

  return (
    <Flex direction="column" gap="xs">
      {override && (
        <DescriptionList direction="row">
          <DescriptionListItem label={t.company.override}>
            <Text testId="override">
              {override.active
                ? t.company.overrideActive(label(override.segment), format.date(override.until))
                : t.company.overrideExpired(label(override.segment), format.date(override.until))}
            </Text>
          </DescriptionListItem>
          <DescriptionListItem label={t.company.overrideReason}>
            <Text>{override.reason}</Text>
          </DescriptionListItem>
          <DescriptionListItem label={t.company.overrideSetBy}>
            <Text>{setBy + setAt}</Text>
          </DescriptionListItem>
          <DescriptionListItem label={t.company.segment}>
            <Text>{t.company.computedSegment(label(view.classification.computedSegment))}</Text>
          </DescriptionListItem>
        </DescriptionList>
      )}
      <Accordion title={t.company.setOverride} size="sm">
        <Flex direction="column" gap="sm">
          <Select
            label={t.company.overrideSegment}
            name="overrideSegment"
            value={draft.segment}
            options={segments.map((s) => ({ label: label(s), value: s }))}
            onChange={(value) => {
              const segment = segments.find((s) => s === value);
              if (segment) setDraft({ ...draft, segment });
            }}
          />
          <TextArea
            label={t.company.overrideReason}
            name="overrideReason"
            required
            value={draft.reason}
            onChange={(reason) => setDraft({ ...draft, reason })}
          />
          <DateInput
            label={t.company.overrideUntil}
            name="overrideUntil"
            value={draft.until ?? undefined}
            onChange={(until) => setDraft({ ...draft, until })}
          />
          <Flex direction="row" gap="sm">
            <LoadingButton
              variant="primary"
              loading={running === 'override'}
              disabled={running !== null || draft.reason.trim() === ''}
              onClick={() => void submit()}
            >
              {t.company.setOverride}
            </LoadingButton>
            {override && (
              <Button
                variant="secondary"
                disabled={running !== null}
                onClick={() => void props.writes.clearOverride()}
              >
                {t.company.clearOverride}
              </Button>
            )}
          </Flex>
        </Flex>
      </Accordion>
    </Flex>
  );
}
